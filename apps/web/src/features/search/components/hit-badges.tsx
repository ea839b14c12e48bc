import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';

/** "Borta till 20 december 2026" and "Inaktuell", said in words as well as colour. */
export function HitBadges({ isAway, awayUntil, isStale }: { isAway: boolean; awayUntil: string | null; isStale?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {isAway && awayUntil ? <span className="badge badge--away">{t('search.awayUntil', { date: formatLongDate(awayUntil, currentLanguage()) })}</span> : null}
      {isStale ? (
        <span className="badge badge--stale">
          {t('search.stale')}
          <span className="visually-hidden"> – {t('search.staleHint')}</span>
        </span>
      ) : null}
    </>
  );
}
