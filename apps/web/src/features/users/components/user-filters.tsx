import { ROLES, UserStatusSchema } from '@repo/contracts';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import type { Option } from '../../../components/form-fields';
import { SearchBox } from '../../../components/search-box';
import type { UserSearch } from '../api/user-queries';
import { USER_SEARCH_MAX_LENGTH } from './use-user-search-params';

interface UserFiltersProps {
  query: UserSearch;
  agencies: readonly Option[];
  onChange: (changes: Partial<Record<keyof UserSearch, string | number | undefined>>) => void;
}

export function UserFilters({ query, agencies, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const hasFilters = Boolean(query.q || query.role || query.status || query.agencyId);
  return (
    <form className="filters filters--four" role="search" onSubmit={(event) => event.preventDefault()}>
      <SearchBox
        label={t('users.search')}
        description={t('users.searchDescription')}
        value={query.q}
        maxLength={USER_SEARCH_MAX_LENGTH}
        onSearch={(q) => onChange({ q })}
      />
      <FilterSelect
        label={t('users.role')}
        allLabel={t('filters.all')}
        options={ROLES.map((role) => ({ id: role, label: t(`roles.${role}`) }))}
        value={query.role}
        onChange={(role) => onChange({ role })}
      />
      <FilterSelect
        label={t('users.status')}
        allLabel={t('filters.all')}
        options={UserStatusSchema.options.map((status) => ({ id: status, label: t(`userStatus.${status}`) }))}
        value={query.status}
        onChange={(status) => onChange({ status })}
      />
      <FilterSelect
        label={t('users.agency')}
        allLabel={t('filters.all')}
        options={[...agencies]}
        value={query.agencyId}
        onChange={(agencyId) => onChange({ agencyId })}
      />
      {hasFilters ? (
        <Button
          className="button button--link filters__clear"
          onPress={() => onChange({ q: undefined, role: undefined, status: undefined, agencyId: undefined })}
        >
          {t('filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
