import type { Resource } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteResource } from '../api/resource-delete-mutation';

interface DeleteResourceDialogProps {
  resource: Resource;
  /** After the resource and its files are gone. */
  onDeleted: (resource: Resource) => void;
}

/** "Ta bort": asks first, since the files and all their versions go with it. */
export function DeleteResourceDialog({ resource, onDeleted }: DeleteResourceDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteResource(resource.id);
  return (
    <ConfirmDialog
      trigger={t('resources.page.delete.open')}
      heading={t('resources.page.delete.heading', { title: resource.title })}
      confirm={t('resources.page.delete.confirm')}
      isPending={remove.isPending}
      error={remove.error}
      onConfirm={(close) =>
        remove.mutate(undefined, {
          onSuccess: () => {
            close();
            onDeleted(resource);
          },
        })
      }
      onOpenChange={() => remove.reset()}
    >
      <p>{t('resources.page.delete.text')}</p>
    </ConfirmDialog>
  );
}
