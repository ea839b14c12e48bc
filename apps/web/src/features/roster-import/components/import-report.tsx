import { ROSTER_IMPORT_ACTIONS, type RosterImportAction, type RosterImportReport, type RosterImportRow } from '@repo/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import { columnLabel, rowIssueText } from './row-issue-text';
import '../roster-import.css';

/** Beyond this many rows the table asks for a filter rather than drawing thousands of rows. */
const MAX_SHOWN = 500;

const DELIMITER_NAMES = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

/** What the file does, row by row: the preview of a dry run, or the result of an import. */
export function ImportReport({ report, headingId }: { report: RosterImportReport; headingId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<RosterImportAction | undefined>(report.totals.error > 0 ? 'error' : undefined);
  const rows = shown ? report.rows.filter((row) => row.action === shown) : report.rows;
  const encoding = report.encoding === 'windows-1252' ? 'windows1252' : report.hasByteOrderMark ? 'utf8Bom' : 'utf8';
  return (
    <>
      <p>
        {t('rosterImport.import.readAs', {
          encoding: t(`rosterImport.import.encodings.${encoding}`),
          delimiter: t(`rosterImport.import.delimiters.${DELIMITER_NAMES[report.delimiter]}`),
        })}
        {report.ignoredColumns.length > 0 ? ` ${t('rosterImport.import.ignoredColumns', { columns: report.ignoredColumns.join(', ') })}` : null}
      </p>
      <dl className="import-totals" aria-label={t('rosterImport.import.totals')}>
        {(['rows', ...ROSTER_IMPORT_ACTIONS] as const).map((key) => (
          <div key={key}>
            <dt>{t(`rosterImport.import.total.${key}`)}</dt>
            <dd>{report.totals[key]}</dd>
          </div>
        ))}
      </dl>
      <div className="filters">
        <FilterSelect
          label={t('rosterImport.import.show')}
          allLabel={t('rosterImport.import.allRows')}
          options={ROSTER_IMPORT_ACTIONS.map((action) => ({ id: action, label: `${t(`rosterImport.import.actions.${action}`)} (${report.totals[action]})` }))}
          value={shown}
          onChange={(value) => setShown(value as RosterImportAction | undefined)}
        />
      </div>
      {rows.length > MAX_SHOWN ? <p>{t('rosterImport.import.showing', { shown: MAX_SHOWN, total: rows.length })}</p> : null}
      {rows.length === 0 ? (
        <p>{t('rosterImport.import.noRows')}</p>
      ) : (
        // Focusable so that keyboard users can scroll the wide table sideways (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${headingId}-rows`}>
          <table className="table table--compact">
            <caption id={`${headingId}-rows`} className="visually-hidden">
              {t('rosterImport.import.rows')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rosterImport.import.line')}</th>
                <th scope="col">{t('rosterImport.import.action')}</th>
                <th scope="col">{t('rosterImport.import.email')}</th>
                <th scope="col">{t('rosterImport.import.name')}</th>
                <th scope="col">{t('rosterImport.import.organisation')}</th>
                <th scope="col">{t('rosterImport.import.details')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, MAX_SHOWN).map((row) => (
                <ReportRow key={row.line} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function ReportRow({ row }: { row: RosterImportRow }) {
  const { t } = useTranslation();
  return (
    <tr className={row.action === 'error' ? 'import-row--error' : undefined}>
      <th scope="row">{row.line}</th>
      <td className={`import-action import-action--${row.action}`}>{t(`rosterImport.import.actions.${row.action}`)}</td>
      <td>{row.email || '–'}</td>
      <td>{row.name || '–'}</td>
      <td>{row.organisation || '–'}</td>
      <td>
        {row.errors.length > 0 ? (
          <ul className="import-issues">
            {row.errors.map((issue, index) => (
              <li key={index}>{rowIssueText(t, issue)}</li>
            ))}
          </ul>
        ) : row.changes.length > 0 ? (
          t('rosterImport.import.changes', { columns: row.changes.map((column) => columnLabel(t, column)).join(', ') })
        ) : (
          '–'
        )}
      </td>
    </tr>
  );
}
