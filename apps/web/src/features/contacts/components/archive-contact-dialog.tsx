import type { Contact } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useArchiveContact } from '../api/contact-mutations';

/** Archiving asks first: the person leaves the directory, though seats and history keep their name. */
export function ArchiveContactDialog({ contact, onArchived }: { contact: Contact; onArchived: () => void }) {
  const { t } = useTranslation();
  const archive = useArchiveContact(contact.id);
  return (
    <ConfirmDialog
      trigger={t('contacts.archive.open')}
      heading={t('contacts.archive.heading', { name: contact.name })}
      confirm={t('contacts.archive.confirm')}
      isPending={archive.isPending}
      error={archive.error}
      onConfirm={() => archive.mutate(undefined, { onSuccess: onArchived })}
      onOpenChange={() => archive.reset()}
    >
      <p>{t('contacts.archive.text')}</p>
    </ConfirmDialog>
  );
}
