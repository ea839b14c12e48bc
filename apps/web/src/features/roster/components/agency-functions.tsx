import type { AgencyFunctionList } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../../components/phone-link';

type AgencyFunction = AgencyFunctionList['items'][number];

/** The agency's seats: who holds each, who stands in, and which stand vacant. */
export function AgencyFunctions({ functions }: { functions: AgencyFunction[] }) {
  const { t } = useTranslation();
  if (functions.length === 0) return <p>{t('roster.noFunctions')}</p>;
  return (
    <ul className="roster-list">
      {functions.map((fn) => (
        <li key={fn.id} className="roster-card">
          <h3 className="roster-card__title">{fn.name}</h3>
          <dl className="facts">
            <dt>{t('roster.holder')}</dt>
            <dd>
              {fn.holder ? (
                <>
                  {fn.holder.name}
                  {fn.holder.isAway ? <span className="badge badge--away">{t('roster.away')}</span> : null}
                </>
              ) : (
                <span className="badge badge--vacant">{t('roster.vacant')}</span>
              )}
            </dd>
            {fn.deputy ? (
              <>
                <dt>{t('roster.deputy')}</dt>
                <dd>
                  {fn.deputy.name}
                  {fn.deputy.isAway ? <span className="badge badge--away">{t('roster.away')}</span> : null}
                </dd>
              </>
            ) : null}
            {fn.mailbox ? (
              <>
                <dt>{t('roster.mailbox')}</dt>
                <dd>
                  <a href={`mailto:${fn.mailbox}`}>{fn.mailbox}</a>
                </dd>
              </>
            ) : null}
            {fn.phone ? (
              <>
                <dt>{t('roster.phone')}</dt>
                <dd>
                  <PhoneLink phone={fn.phone} />
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
