import { type Agency, SECTOR_NAMES } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { municipalitiesText } from './municipalities-text';

/** Only http(s) addresses become links; anything else (javascript:, data:) is never clickable. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

export function AgencyDetails({ agency }: { agency: Agency }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const address = [agency.streetAddress, [agency.postalCode, agency.city].filter(Boolean).join(' ')].filter(Boolean);
  return (
    <article className="agency-details">
      <h1>{agency.name}</h1>
      {agency.archivedAt ? (
        <p className="notice notice--warning">{t('agencyAdmin.archivedNotice', { date: formatLongDate(agency.archivedAt, language) })}</p>
      ) : null}
      <dl className="facts">
        <dt>{t('agency.sector')}</dt>
        <dd>{SECTOR_NAMES[agency.sector][language]}</dd>
        <dt>{t('agency.covers')}</dt>
        <dd>{municipalitiesText(agency.municipalities, t('agencies.wholeRegion'))}</dd>
        {agency.parent ? (
          <>
            <dt>{t('agencyAdmin.partOf')}</dt>
            <dd>
              <Link to={`/agencies/${agency.parent.id}`}>{agency.parent.name}</Link>
            </dd>
          </>
        ) : null}
        {agency.children.length > 0 ? (
          <>
            <dt>{t('agencyAdmin.children')}</dt>
            <dd>
              <ul>
                {agency.children.map((child) => (
                  <li key={child.id}>
                    <Link to={`/agencies/${child.id}`}>{child.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t('agency.contact')}</h2>
      <dl className="facts">
        {address.length > 0 ? (
          <>
            <dt>{t('agency.address')}</dt>
            <dd>{address.join(', ')}</dd>
          </>
        ) : null}
        {agency.phone ? (
          <>
            <dt>{t('agency.phone')}</dt>
            <dd>
              <PhoneLink phone={agency.phone} />
            </dd>
          </>
        ) : null}
        {agency.email ? (
          <>
            <dt>{t('agency.email')}</dt>
            <dd>
              <a href={`mailto:${agency.email}`}>{agency.email}</a>
            </dd>
          </>
        ) : null}
        {agency.website && isWebAddress(agency.website) ? (
          <>
            <dt>{t('agency.website')}</dt>
            <dd>
              <a href={agency.website} rel="noopener noreferrer">
                {agency.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {agency.description ? (
        <>
          <h2>{t('agency.about')}</h2>
          <p className="preserve-lines">{agency.description}</p>
        </>
      ) : null}
      <p className="muted">{t('agency.updated', { date: formatLongDate(agency.updatedAt, language) })}</p>
    </article>
  );
}
