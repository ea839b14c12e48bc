import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';

/** Why the API refused the parent organisation (itself, one of its own, archived), in words. */
export function ParentFieldError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return null;
  const issue = error.issues.find((candidate) => candidate.path.at(-1) === 'parentId');
  const text =
    issue?.code === 'self'
      ? t('agencyAdmin.validation.parentSelf')
      : issue?.code === 'cycle'
        ? t('agencyAdmin.validation.parentCycle')
        : issue?.code === 'archived'
          ? t('agencyAdmin.validation.parentArchived')
          : null;
  return text ? <p>{text}</p> : null;
}
