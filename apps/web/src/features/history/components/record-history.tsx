import { FUNCTION_KIND_NAMES, type HistoryChange, type HistoryEntry, type HistoryTargetType, type HistoryValue, SECTOR_NAMES } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Pagination } from '../../../components/pagination';
import { formatDateTime } from '../../../lib/dates';
import { currentLanguage, type Language } from '../../../lib/i18n';
import { historyQueries } from '../api/history-queries';

export interface RecordHistoryProps {
  type: HistoryTargetType;
  id: string;
}

/**
 * Who changed what and when on an agency, a contact or a function, field by field, newest
 * first. For coordinators and administrators (permission history:read): mount it only for them.
 * After saving the record, invalidate historyKeys.record(type, id) so the new entry shows.
 */
export function RecordHistory({ type, id }: RecordHistoryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const history = useQuery(historyQueries.page(type, id, page));
  const data = history.data;
  return (
    <section aria-labelledby={headingId} aria-busy={history.isFetching} className="panel record-history">
      <h2 id={headingId}>{t('history.heading')}</h2>
      <p>{t('history.intro')}</p>
      {history.isError ? <ErrorMessage error={history.error} /> : null}
      <p role="status">{data ? (data.total === 0 ? t('history.empty') : t('history.count', { count: data.total })) : history.isError ? '' : t('history.loading')}</p>
      {data && data.items.length > 0 ? (
        <ol className="history-list">
          {data.items.map((entry) => (
            <li key={entry.id}>
              <HistoryEntryView entry={entry} />
            </li>
          ))}
        </ol>
      ) : null}
      {data ? <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={setPage} /> : null}
    </section>
  );
}

function HistoryEntryView({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const actor = entry.actor ? (entry.actor.name ?? entry.actor.email ?? '') : t('history.system');
  const isCreation = entry.action.endsWith('.created');
  return (
    <>
      <p>
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>: <strong>{t(`audit.actions.${entry.action}`)}</strong> {t('history.by', { actor })}
      </p>
      {entry.changes.length > 0 ? (
        <ul>
          {entry.changes.map((change) => (
            <li key={change.field}>
              <ChangeView change={change} isCreation={isCreation} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ChangeView({ change, isCreation }: { change: HistoryChange; isCreation: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const labels = t('history.fields', { returnObjects: true }) as Record<string, string>;
  const label = labels[change.field] ?? change.field;
  const text = (value: HistoryValue | undefined) =>
    typeof value === 'boolean' ? (value ? t('history.yes') : t('history.no')) : (valueText(change.field, value, language) ?? t('history.emptyValue'));
  if (change.from === undefined && change.to === undefined) {
    return (
      <>
        {label} {t('history.changed')}
      </>
    );
  }
  if (isCreation) {
    return (
      <>
        {label}: {text(change.to)}
      </>
    );
  }
  return (
    <>
      {label}: {text(change.from)} <span aria-hidden="true">→</span>
      <span className="visually-hidden"> {t('history.changedTo')}</span> {text(change.to)}
    </>
  );
}

const isSector = (value: string): value is keyof typeof SECTOR_NAMES => value in SECTOR_NAMES;
const isFunctionKind = (value: string): value is keyof typeof FUNCTION_KIND_NAMES => value in FUNCTION_KIND_NAMES;

function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A recorded value as the user reads it; undefined for "nothing" (null, '' or an empty list). */
function valueText(field: string, value: HistoryValue | undefined, language: Language): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && !Array.isArray(value)) return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => (typeof item !== 'string' ? item[language] : field === 'languages' ? languageName(item, language) : item));
    return items.length > 0 ? items.join(', ') : undefined;
  }
  if (field === 'sector' && isSector(value)) return SECTOR_NAMES[value][language];
  if (field === 'kind' && isFunctionKind(value)) return FUNCTION_KIND_NAMES[value][language];
  return value;
}
