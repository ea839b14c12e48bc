import { zodResolver } from '@hookform/resolvers/zod';
import { type CurrentUser, isMfaRequired, type MfaCodeInput, MfaCodeInputSchema, type MfaSetup } from '@repo/contracts';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField } from '../../../components/form-fields';
import { MfaSetupInstructions } from '../../../components/mfa-setup-instructions';
import { RecoveryCodes } from '../../../components/recovery-codes';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useDisableMfa, useEnableMfa, useRenewRecoveryCodes, useStartMfaSetup } from '../api/profile-mutations';
import { PasswordConfirmDialog } from './password-confirm-dialog';

/** The second factor: set it up, renew the recovery codes, or (where the role allows) turn it off. */
export function MfaSettings({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const startSetup = useStartMfaSetup();
  const renew = useRenewRecoveryCodes();
  const disable = useDisableMfa();
  const [setup, setSetup] = useState<MfaSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState('');
  const isRequired = isMfaRequired(user.role);

  return (
    <section aria-labelledby="mfa-heading" className="panel">
      <h2 id="mfa-heading">{t('mfa.heading')}</h2>
      <p>{t('mfa.intro')}</p>
      <p className="status-line">
        <strong>{user.mfaEnabled ? t('mfa.statusOn') : t('mfa.statusOff')}</strong>
        {isRequired ? ` ${t('mfa.requiredForRole')}` : null}
      </p>
      <p role="status">{notice}</p>

      {codes ? (
        <div className="panel__sub">
          <h3>{t('mfa.recoveryHeading')}</h3>
          <RecoveryCodes codes={codes} />
          <Button className="button" onPress={() => setCodes(null)}>
            {t('mfa.savedDone')}
          </Button>
        </div>
      ) : null}

      {!user.mfaEnabled && !setup ? (
        <>
          {startSetup.error ? <ErrorMessage error={startSetup.error} /> : null}
          <Button className="button" isPending={startSetup.isPending} onPress={() => startSetup.mutate(undefined, { onSuccess: setSetup })}>
            {t('mfa.start')}
          </Button>
        </>
      ) : null}

      {!user.mfaEnabled && setup ? (
        <section aria-labelledby="mfa-setup-heading" className="panel__sub">
          <h3 id="mfa-setup-heading">{t('mfa.setupHeading')}</h3>
          <MfaSetupInstructions setup={setup} />
          <EnableForm
            onEnabled={(recoveryCodes) => {
              setSetup(null);
              setCodes(recoveryCodes);
              setNotice(t('mfa.enabled'));
            }}
            onCancel={() => setSetup(null)}
          />
        </section>
      ) : null}

      {user.mfaEnabled && !codes ? (
        <div className="button-row">
          <PasswordConfirmDialog
            triggerLabel={t('mfa.renew')}
            title={t('mfa.renewTitle')}
            confirmLabel={t('mfa.renewConfirm')}
            mutation={renew}
            onSuccess={(result) => {
              setCodes(result.recoveryCodes);
              setNotice(t('mfa.renewed'));
            }}
          >
            <p>{t('mfa.renewText')}</p>
          </PasswordConfirmDialog>
          {isRequired ? null : (
            <PasswordConfirmDialog
              triggerLabel={t('mfa.disable')}
              title={t('mfa.disableTitle')}
              confirmLabel={t('mfa.disableConfirm')}
              isDestructive
              mutation={disable}
              onSuccess={() => setNotice(t('mfa.disabled'))}
            >
              <p>{t('mfa.disableText')}</p>
            </PasswordConfirmDialog>
          )}
        </div>
      ) : null}
    </section>
  );
}

function EnableForm({ onEnabled, onCancel }: { onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const enable = useEnableMfa();
  const form = useForm<MfaCodeInput>({ resolver: zodResolver(MfaCodeInputSchema), defaultValues: { code: '' } });
  const onSubmit = form.handleSubmit((values) =>
    enable.mutate(values, {
      onSuccess: (result) => onEnabled(result.recoveryCodes),
      onError: (error) => {
        applyApiFieldErrors(error, form.setError, ['code']);
        form.resetField('code', { keepError: true });
        form.setFocus('code');
      },
    }),
  );
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {enable.error ? <ErrorMessage error={enable.error} /> : null}
      <FormTextField
        control={form.control}
        name="code"
        label={t('login.code')}
        description={t('login.codeSetupDescription')}
        kind="code"
        autoComplete="one-time-code"
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={enable.isPending}>
          {t('mfa.activate')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </Form>
  );
}
