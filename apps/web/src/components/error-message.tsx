import type { ErrorCode } from '@repo/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';

/** Codes the user can act on themselves; a support reference would only be noise beside them. */
const SELF_EXPLANATORY: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'INVALID_CREDENTIALS',
  'INVALID_MFA_CODE',
  'LINK_INVALID',
  'RATE_LIMITED',
  'VERSION_CONFLICT',
];

interface ErrorMessageProps {
  error: unknown;
  /** A text of the page's own for a code, where the general one would be vague. */
  overrides?: Partial<Record<ErrorCode, string>>;
  /** Something to do about it, e.g. a "Reload" button. */
  children?: ReactNode;
}

/** An error in the user's language, with the request id support can look up in the logs. */
export function ErrorMessage({ error, overrides, children }: ErrorMessageProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const code = apiError?.code ?? 'INTERNAL_ERROR';
  const wait = apiError?.code === 'RATE_LIMITED' ? apiError.retryAfterSeconds : undefined;
  return (
    <div role="alert" className="error-message">
      <p>
        {overrides?.[code] ?? t(`errors.${code}`)}
        {wait !== undefined && wait > 0
          ? ` ${wait < 60 ? t('errors.retryInSeconds', { count: wait }) : t('errors.retryInMinutes', { count: Math.ceil(wait / 60) })}`
          : null}
      </p>
      {apiError?.requestId && !SELF_EXPLANATORY.includes(code) ? (
        <p className="error-message__reference">{t('errors.reference', { requestId: apiError.requestId })}</p>
      ) : null}
      {children}
    </div>
  );
}
