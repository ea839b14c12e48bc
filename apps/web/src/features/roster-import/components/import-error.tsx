import { ROSTER_FILE_ERROR_CODES, ROSTER_IMPORT_MAX_BYTES, ROSTER_IMPORT_MAX_ROWS, type RosterFileErrorCode } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { ApiError } from '../../../lib/api-client';

const MEGABYTES = ROSTER_IMPORT_MAX_BYTES / 1024 / 1024;

/** Why the file as a whole was refused (on the "file" field), if that is what the error says. */
export function fileErrorCode(error: unknown): RosterFileErrorCode | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.issues.find((candidate) => candidate.path[0] === 'file');
  return ROSTER_FILE_ERROR_CODES.find((code) => code === issue?.code);
}

/** An upload's failure in the user's words: what is wrong with the file, or the general error text. */
export function ImportError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error === 'too_large' ? 'too_large' : fileErrorCode(error);
  if (!code) return <ErrorMessage error={error} />;
  const details = error instanceof ApiError ? error.details : undefined;
  const columns = Array.isArray(details?.columns) ? details.columns.join(', ') : '';
  return (
    <div role="alert" className="error-message">
      <p>{t(`rosterImport.import.fileErrors.${code}`, { columns, line: details?.line ?? '?', megabytes: MEGABYTES, rows: ROSTER_IMPORT_MAX_ROWS })}</p>
    </div>
  );
}
