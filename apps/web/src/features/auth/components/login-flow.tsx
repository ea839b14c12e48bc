import { zodResolver } from '@hookform/resolvers/zod';
import {
  type CurrentUser,
  type LoginInput,
  LoginInputSchema,
  type MfaCodeInput,
  MfaCodeInputSchema,
  type MfaLoginResult,
  type MfaSetup,
} from '@repo/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField } from '../../../components/form-fields';
import { MfaSetupInstructions } from '../../../components/mfa-setup-instructions';
import { RecoveryCodes } from '../../../components/recovery-codes';
import { ApiError } from '../../../lib/api-client';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useCompleteLoginMfa, useLogin, useStartLoginMfaSetup } from '../api/auth-mutations';

type Step =
  | { kind: 'password'; hasExpired?: boolean }
  | { kind: 'mfa' }
  | { kind: 'setup'; setup: MfaSetup }
  | { kind: 'recoveryCodes'; result: MfaLoginResult };

interface LoginFlowProps {
  initialEmail?: string;
  onSignedIn: (user: CurrentUser) => void;
}

/** Password, then (for roles that need it) the code from the authenticator app, setting it up on the first login. */
export function LoginFlow({ initialEmail, onSignedIn }: LoginFlowProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const heading = useRef<HTMLHeadingElement>(null);
  const isFirstStep = useRef(true);

  // Each new step is announced by moving focus to its heading.
  useEffect(() => {
    if (isFirstStep.current) {
      isFirstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step.kind]);

  const onMfaDone = (result: MfaLoginResult) => {
    if (result.recoveryCodes?.length) setStep({ kind: 'recoveryCodes', result });
    else onSignedIn(result);
  };
  const onPendingLoginExpired = () => setStep({ kind: 'password', hasExpired: true });

  switch (step.kind) {
    case 'password':
      return (
        <section aria-labelledby="login-step">
          <h2 id="login-step" ref={heading} tabIndex={-1} className="visually-hidden">
            {t('login.passwordStep')}
          </h2>
          {step.hasExpired ? (
            <p role="alert" className="notice notice--warning">
              {t('login.pendingExpired')}
            </p>
          ) : null}
          <PasswordStep
            initialEmail={initialEmail}
            onSignedIn={onSignedIn}
            onMfaRequired={() => setStep({ kind: 'mfa' })}
            onSetupReady={(setup) => setStep({ kind: 'setup', setup })}
          />
        </section>
      );
    case 'mfa':
      return (
        <section aria-labelledby="login-step">
          <h2 id="login-step" ref={heading} tabIndex={-1}>
            {t('login.mfaHeading')}
          </h2>
          <p>{t('login.mfaIntro')}</p>
          <CodeStep onDone={onMfaDone} onExpired={onPendingLoginExpired} />
        </section>
      );
    case 'setup':
      return (
        <section aria-labelledby="login-step">
          <h2 id="login-step" ref={heading} tabIndex={-1}>
            {t('login.setupHeading')}
          </h2>
          <p>{t('login.setupIntro')}</p>
          <MfaSetupInstructions setup={step.setup} />
          <CodeStep onDone={onMfaDone} onExpired={onPendingLoginExpired} isSetup />
        </section>
      );
    case 'recoveryCodes':
      return (
        <section aria-labelledby="login-step">
          <h2 id="login-step" ref={heading} tabIndex={-1}>
            {t('mfa.recoveryHeading')}
          </h2>
          <RecoveryCodes codes={step.result.recoveryCodes ?? []} />
          <Button className="button" onPress={() => onSignedIn(step.result)}>
            {t('mfa.savedContinue')}
          </Button>
        </section>
      );
  }
}

interface PasswordStepProps {
  initialEmail?: string;
  onSignedIn: (user: CurrentUser) => void;
  onMfaRequired: () => void;
  onSetupReady: (setup: MfaSetup) => void;
}

function PasswordStep({ initialEmail, onSignedIn, onMfaRequired, onSetupReady }: PasswordStepProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const setup = useStartLoginMfaSetup();
  const form = useForm<LoginInput>({
    resolver: zodResolver(LoginInputSchema),
    defaultValues: { email: initialEmail ?? '', password: '' },
  });

  const onSubmit = form.handleSubmit((values) => {
    setup.reset();
    login.mutate(values, {
      onSuccess: (result) => {
        if (!('mfaRequired' in result)) return onSignedIn(result);
        if (!result.setupRequired) return onMfaRequired();
        setup.mutate(undefined, { onSuccess: onSetupReady });
      },
      onError: (error) => {
        applyApiFieldErrors(error, form.setError, ['email', 'password']);
        form.resetField('password', { keepError: true });
      },
    });
  });

  const error = login.error ?? setup.error;
  const isBusy = login.isPending || setup.isPending;
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {error ? <ErrorMessage error={error} overrides={{ UNAUTHENTICATED: t('login.pendingExpired') }} /> : null}
      <FormTextField control={form.control} name="email" label={t('login.email')} type="email" autoComplete="username" isRequired />
      <FormTextField control={form.control} name="password" label={t('login.password')} type="password" autoComplete="current-password" isRequired />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={isBusy}>
          {isBusy ? t('login.signingIn') : t('login.submit')}
        </Button>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </div>
    </Form>
  );
}

interface CodeStepProps {
  isSetup?: boolean;
  onDone: (result: MfaLoginResult) => void;
  onExpired: () => void;
}

function CodeStep({ isSetup, onDone, onExpired }: CodeStepProps) {
  const { t } = useTranslation();
  const complete = useCompleteLoginMfa();
  const form = useForm<MfaCodeInput>({ resolver: zodResolver(MfaCodeInputSchema), defaultValues: { code: '' } });

  const onSubmit = form.handleSubmit((values) => {
    complete.mutate(values, {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return onExpired();
        applyApiFieldErrors(error, form.setError, ['code']);
        form.resetField('code', { keepError: true });
        form.setFocus('code');
      },
    });
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {complete.error ? <ErrorMessage error={complete.error} /> : null}
      <FormTextField
        control={form.control}
        name="code"
        label={t('login.code')}
        description={isSetup ? t('login.codeSetupDescription') : t('login.codeDescription')}
        kind="code"
        autoComplete="one-time-code"
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={complete.isPending}>
          {isSetup ? t('login.activateAndSignIn') : t('login.verify')}
        </Button>
      </div>
    </Form>
  );
}
