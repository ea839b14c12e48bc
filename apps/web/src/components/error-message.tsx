import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';

/** An error in the user's language, with the request id support can look up in the logs. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  return (
    <div role="alert" className="error-message">
      <p>{t(`errors.${apiError?.code ?? 'INTERNAL_ERROR'}`)}</p>
      {apiError?.requestId ? <p className="error-message__reference">{t('errors.reference', { requestId: apiError.requestId })}</p> : null}
    </div>
  );
}
