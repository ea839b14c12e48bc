import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      <Button className="button button--secondary" isDisabled={page <= 1} onPress={() => onPageChange(page - 1)}>
        {t('pagination.previous')}
      </Button>
      <span className="pagination__status">{t('pagination.page', { page, pages })}</span>
      <Button className="button button--secondary" isDisabled={page >= pages} onPress={() => onPageChange(page + 1)}>
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
