import {
  ContactSchema,
  type ChangePasswordInput,
  type CurrentUser,
  CurrentUserSchema,
  type MfaCodeInput,
  MfaSetupSchema,
  type PasswordConfirmationInput,
  PersonalDataSchema,
  RecoveryCodesSchema,
  type UpdateProfileInput,
} from '@repo/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../../lib/api-client';
import { authKeys } from '../../../lib/auth/current-user';
import { profileKeys } from './profile-queries';

export const PERSONAL_DATA_FILE_NAME = 'samverkan-mina-uppgifter.json';

function setMfaEnabled(queryClient: QueryClient, mfaEnabled: boolean) {
  queryClient.setQueryData<CurrentUser | null>(authKeys.me(), (user) => (user ? { ...user, mfaEnabled } : user));
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => apiPatch('/api/me', CurrentUserSchema, input),
    onSuccess: (user) => queryClient.setQueryData(authKeys.me(), user),
  });
}

/** The other sessions end; this one stays. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => apiPost('/api/me/password', z.undefined(), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.sessions() }),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete(`/api/me/sessions/${encodeURIComponent(id)}`, z.undefined()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.sessions() }),
  });
}

export function useStartMfaSetup() {
  return useMutation({ mutationFn: () => apiPost('/api/me/mfa/setup', MfaSetupSchema) });
}

export function useEnableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MfaCodeInput) => apiPost('/api/me/mfa/enable', RecoveryCodesSchema, input),
    onSuccess: () => setMfaEnabled(queryClient, true),
  });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordConfirmationInput) => apiPost('/api/me/mfa/disable', z.undefined(), input),
    onSuccess: () => setMfaEnabled(queryClient, false),
  });
}

export function useRenewRecoveryCodes() {
  return useMutation({
    mutationFn: (input: PasswordConfirmationInput) => apiPost('/api/me/mfa/recovery-codes', RecoveryCodesSchema, input),
  });
}

/** Fetches everything the portal holds about the user and saves it as a JSON file (GDPR art. 15 and 20). */
export function useDownloadPersonalData() {
  return useMutation({
    mutationFn: () => apiGet('/api/me/data', PersonalDataSchema),
    onSuccess: (data) => {
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = PERSONAL_DATA_FILE_NAME;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked after the click has been handled, so the download has started.
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    },
  });
}

/** Afterwards the session is gone; the caller ends it here and shows the login page. */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: (input: PasswordConfirmationInput) => apiDelete('/api/me', z.undefined(), input),
  });
}

/** "My details are still correct." */
export function useVerifyOwnContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => apiPost(`/api/contacts/${encodeURIComponent(contactId)}/verify`, ContactSchema),
    onSuccess: (contact) => queryClient.setQueryData(profileKeys.ownContact(), contact),
  });
}
