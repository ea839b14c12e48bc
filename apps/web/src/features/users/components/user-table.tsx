import type { UserPage } from '@repo/contracts';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';

interface UserTableProps {
  page: UserPage | undefined;
  isLoading: boolean;
  hasFailed: boolean;
}

export function UserTable({ page, isLoading, hasFailed }: UserTableProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="users-results-heading" aria-busy={isLoading} className="results">
      <h2 id="users-results-heading" className="visually-hidden">
        {t('users.results')}
      </h2>
      <p role="status" className="results__count">
        {page ? t('users.count', { count: page.total }) : hasFailed ? null : t('users.loading')}
      </p>
      {page && page.items.length > 0 ? (
        <div className="table-wrap">
          <Table aria-labelledby="users-results-heading" className="table">
            <TableHeader>
              <Column isRowHeader>{t('users.name')}</Column>
              <Column>{t('users.email')}</Column>
              <Column>{t('users.role')}</Column>
              <Column>{t('users.agency')}</Column>
              <Column>{t('users.status')}</Column>
              <Column>{t('users.lastLogin')}</Column>
            </TableHeader>
            <TableBody items={page.items}>
              {(user) => (
                <Row id={user.id}>
                  <Cell>
                    <Link to={`/admin/users/${user.id}`}>{user.name}</Link>
                  </Cell>
                  <Cell>{user.email}</Cell>
                  <Cell>
                    {t(`roles.${user.role}`)}
                    {user.isAgencyEditor ? <span className="muted">, {t('users.editorShort')}</span> : null}
                  </Cell>
                  <Cell>{user.agency.name}</Cell>
                  <Cell>{t(`userStatus.${user.status}`)}</Cell>
                  <Cell>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {page && page.items.length === 0 ? <p>{t('users.empty')}</p> : null}
    </section>
  );
}
