import { type Municipality, RESOURCE_KIND_NAMES, type Resource, SECTOR_NAMES } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { languageName } from '../../../lib/languages';
import { resourceLinkTarget } from './resource-link';

interface ResourceFactsProps {
  resource: Resource;
  /** For the names of the municipalities it is for; the codes stand in until they have loaded. */
  municipalities: readonly Municipality[];
}

/** What the resource is, where it leads, whose it is, who to ask, and whom it is for. */
export function ResourceFacts({ resource, municipalities }: ResourceFactsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const link = resourceLinkTarget(resource.linkUrl);
  const municipalityName = (code: string) => municipalities.find((municipality) => municipality.code === code)?.name ?? code;
  return (
    <dl className="facts">
      <dt>{t('resources.page.facts.kind')}</dt>
      <dd>{RESOURCE_KIND_NAMES[resource.kind][language]}</dd>
      {link ? (
        <>
          <dt>{t('resources.page.facts.link')}</dt>
          <dd>
            <a href={link.href} rel={link.isMail ? undefined : 'noopener noreferrer'}>
              {link.text}
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t('resources.page.facts.ownerAgency')}</dt>
      <dd>
        <Link to={`/agencies/${resource.ownerAgency.id}`}>{resource.ownerAgency.name}</Link>
      </dd>
      {resource.contact ? (
        <>
          <dt>{t('resources.page.facts.contact')}</dt>
          <dd>
            <Link to={`/contacts/${resource.contact.id}`}>{resource.contact.name}</Link>
            {resource.contact.email ? (
              <>
                <br />
                <a href={`mailto:${resource.contact.email}`}>{resource.contact.email}</a>
              </>
            ) : null}
            {resource.contact.phone ? (
              <>
                <br />
                <PhoneLink phone={resource.contact.phone} />
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      <dt>{t('resources.page.facts.municipalities')}</dt>
      <dd>
        {resource.municipalityCodes.length > 0
          ? resource.municipalityCodes.map(municipalityName).join(', ')
          : t('resources.page.facts.wholeRegion')}
      </dd>
      <dt>{t('resources.page.facts.sectors')}</dt>
      <dd>
        {resource.sectors.length > 0 ? resource.sectors.map((sector) => SECTOR_NAMES[sector][language]).join(', ') : t('resources.page.facts.allSectors')}
      </dd>
      {resource.competences.length > 0 ? (
        <>
          <dt>{t('resources.page.facts.competences')}</dt>
          <dd>{resource.competences.map((competence) => (language === 'en' ? competence.nameEn : competence.nameSv)).join(', ')}</dd>
        </>
      ) : null}
      <dt>{t('resources.page.facts.language')}</dt>
      <dd>{languageName(resource.language, language)}</dd>
      {resource.publishedAt ? (
        <>
          <dt>{t('resources.page.facts.published')}</dt>
          <dd>{formatLongDate(resource.publishedAt, language)}</dd>
        </>
      ) : null}
      <dt>{t('resources.page.facts.updated')}</dt>
      <dd>{formatLongDate(resource.updatedAt, language)}</dd>
      {resource.createdBy ? (
        <>
          <dt>{t('resources.page.facts.sharedBy')}</dt>
          <dd>{resource.createdBy.name}</dd>
        </>
      ) : null}
    </dl>
  );
}
