import { type Competence, type Municipality, SECTOR_NAMES, SECTORS, type RosterExportQuery } from '@repo/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import { buildUrl } from '../../../lib/api-client';
import { currentLanguage } from '../../../lib/i18n';

interface RosterExportPanelProps {
  municipalities: Municipality[];
  competences: Competence[];
}

/** The roster, or the part the filters pick, as a file for Excel; the browser downloads it. */
export function RosterExportPanel({ municipalities, competences }: RosterExportPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filter, setFilter] = useState<Pick<RosterExportQuery, 'municipality' | 'sector' | 'competence'>>({});
  return (
    <section aria-labelledby="roster-export-heading" className="panel">
      <h2 id="roster-export-heading">{t('rosterImport.export.heading')}</h2>
      <p>{t('rosterImport.export.intro')}</p>
      <fieldset className="fieldset">
        <legend>{t('rosterImport.export.filters')}</legend>
        <div className="filters">
          <FilterSelect
            label={t('rosterImport.export.municipality')}
            allLabel={t('rosterImport.export.all')}
            options={municipalities.map((m) => ({ id: m.code, label: m.name }))}
            value={filter.municipality}
            onChange={(municipality) => setFilter((current) => ({ ...current, municipality }))}
          />
          <FilterSelect
            label={t('rosterImport.export.sector')}
            allLabel={t('rosterImport.export.all')}
            options={SECTORS.map((sector) => ({ id: sector, label: SECTOR_NAMES[sector][language] }))}
            value={filter.sector}
            onChange={(sector) => setFilter((current) => ({ ...current, sector: sector as RosterExportQuery['sector'] }))}
          />
          <FilterSelect
            label={t('rosterImport.export.competence')}
            allLabel={t('rosterImport.export.all')}
            options={competences.map((c) => ({ id: c.slug, label: language === 'en' ? c.nameEn : c.nameSv }))}
            value={filter.competence}
            onChange={(competence) => setFilter((current) => ({ ...current, competence }))}
          />
        </div>
      </fieldset>
      <p>
        <a className="button" href={buildUrl('/api/roster/export', filter)} download>
          {t('rosterImport.export.download')}
        </a>{' '}
        {t('rosterImport.export.logged')}
      </p>
    </section>
  );
}
