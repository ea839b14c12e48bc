import { useTranslation } from 'react-i18next';
import { useMaxFileBytes } from '../api/resource-file-rules';
import { megabytesOf } from './resource-file-checks';
import type { UploadProblem } from './use-file-uploads';

/** Why a file was not uploaded, in the user's language. */
export function useUploadProblemText(): (problem: UploadProblem) => string {
  const { t } = useTranslation();
  const maxBytes = useMaxFileBytes();
  return (problem) => {
    if (problem === 'cancelled') return t('resourceForm.files.cancelled');
    if (problem === 'failed') return t('resourceForm.files.failed');
    return t(`resourceForm.files.refused.${problem}`, { megabytes: megabytesOf(maxBytes) });
  };
}
