import type { AuditEvent, AuditEventPage } from '@repo/contracts';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';

/** "reason: wrong_password, method: mfa" — the details are small, flat records. */
function detailsText(details: AuditEvent['details']): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

interface AuditTableProps {
  page: AuditEventPage | undefined;
  isLoading: boolean;
  hasFailed: boolean;
}

export function AuditTable({ page, isLoading, hasFailed }: AuditTableProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="audit-results-heading" aria-busy={isLoading} className="results">
      <h2 id="audit-results-heading" className="visually-hidden">
        {t('audit.results')}
      </h2>
      <p role="status" className="results__count">
        {page ? t('audit.count', { count: page.total }) : hasFailed ? null : t('audit.loading')}
      </p>
      {page && page.items.length > 0 ? (
        <div className="table-wrap">
          <Table aria-labelledby="audit-results-heading" className="table table--compact">
            <TableHeader>
              <Column isRowHeader>{t('audit.at')}</Column>
              <Column>{t('audit.action')}</Column>
              <Column>{t('audit.actor')}</Column>
              <Column>{t('audit.target')}</Column>
              <Column>{t('audit.ip')}</Column>
              <Column>{t('audit.details')}</Column>
            </TableHeader>
            <TableBody items={page.items}>
              {(event) => (
                <Row id={event.id}>
                  <Cell>
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  </Cell>
                  <Cell>{t(`audit.actions.${event.action}`)}</Cell>
                  <Cell>{event.actorLabel ?? t('audit.anonymous')}</Cell>
                  <Cell>{event.targetLabel ?? '–'}</Cell>
                  <Cell>{event.ip ?? '–'}</Cell>
                  <Cell>{detailsText(event.details) || '–'}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {page && page.items.length === 0 ? <p>{t('audit.empty')}</p> : null}
    </section>
  );
}
