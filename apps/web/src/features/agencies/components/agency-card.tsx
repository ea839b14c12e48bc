import { type Agency, SECTOR_NAMES } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../../components/phone-link';
import { Link } from 'react-router';
import { currentLanguage } from '../../../lib/i18n';
import { municipalitiesText } from './municipalities-text';

/** One agency in the result list: who they are, where they work, how to reach them. */
export function AgencyCard({ agency, listSearch }: { agency: Agency; listSearch: string }) {
  const { t } = useTranslation();
  return (
    <article className="agency-card">
      <h2 className="agency-card__name">
        <Link to={`/agencies/${agency.id}`} state={{ listSearch }}>
          {agency.name}
        </Link>
      </h2>
      <p className="agency-card__sector">{SECTOR_NAMES[agency.sector][currentLanguage()]}</p>
      <p className="agency-card__covers">
        {t('agencies.covers')}: {municipalitiesText(agency.municipalities, t('agencies.wholeRegion'))}
      </p>
      <ul className="agency-card__contact">
        {agency.phone ? (
          <li>
            <span className="visually-hidden">{t('agencies.phone')}: </span>
            <PhoneLink phone={agency.phone} />
          </li>
        ) : null}
        {agency.email ? (
          <li>
            <span className="visually-hidden">{t('agencies.email')}: </span>
            <a href={`mailto:${agency.email}`}>{agency.email}</a>
          </li>
        ) : null}
      </ul>
    </article>
  );
}
