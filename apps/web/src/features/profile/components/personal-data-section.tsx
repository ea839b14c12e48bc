import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { useDeleteAccount, useDownloadPersonalData } from '../api/profile-mutations';
import { PasswordConfirmDialog } from './password-confirm-dialog';

/** The user's rights over their data: a copy of it all, and erasure of the account. */
export function PersonalDataSection({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const download = useDownloadPersonalData();
  const remove = useDeleteAccount();
  return (
    <>
      <section aria-labelledby="data-heading" className="panel">
        <h2 id="data-heading">{t('personalData.heading')}</h2>
        <p>{t('personalData.intro')}</p>
        {download.error ? <ErrorMessage error={download.error} /> : null}
        <Button className="button button--secondary" isPending={download.isPending} onPress={() => download.mutate()}>
          {t('personalData.download')}
        </Button>
      </section>
      <section aria-labelledby="delete-heading" className="panel panel--danger">
        <h2 id="delete-heading">{t('deleteAccount.heading')}</h2>
        <p>{t('deleteAccount.intro')}</p>
        <ul>
          <li>{t('deleteAccount.handover')}</li>
          <li>{t('deleteAccount.sessions')}</li>
          <li>{t('deleteAccount.log')}</li>
        </ul>
        <PasswordConfirmDialog
          triggerLabel={t('deleteAccount.open')}
          title={t('deleteAccount.title')}
          confirmLabel={t('deleteAccount.confirm')}
          isDestructive
          mutation={remove}
          onSuccess={onDeleted}
          errorOverrides={{ CONFLICT: t('deleteAccount.lastAdmin') }}
        >
          <p>{t('deleteAccount.dialogText')}</p>
        </PasswordConfirmDialog>
      </section>
    </>
  );
}
