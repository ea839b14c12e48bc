import { type AgencyFunction, FUNCTION_KIND_NAMES } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { currentLanguage } from '../../../lib/i18n';

/** What kind of seat it is, whose it is, and the mailbox and phone that stay when the holder changes. */
export function FunctionDetails({ seat }: { seat: AgencyFunction }) {
  const { t } = useTranslation();
  const none = t('functions.details.none');
  return (
    <dl className="facts">
      <dt>{t('functions.details.kind')}</dt>
      <dd>{FUNCTION_KIND_NAMES[seat.kind][currentLanguage()]}</dd>
      <dt>{t('functions.details.agency')}</dt>
      <dd>
        <Link to={`/agencies/${seat.agency.id}`}>{seat.agency.name}</Link>
      </dd>
      <dt>{t('functions.details.mailbox')}</dt>
      <dd>{seat.mailbox ? <a href={`mailto:${seat.mailbox}`}>{seat.mailbox}</a> : none}</dd>
      <dt>{t('functions.details.phone')}</dt>
      <dd>{seat.phone ? <PhoneLink phone={seat.phone} /> : none}</dd>
    </dl>
  );
}
