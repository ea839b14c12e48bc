import {
  type AcceptInvitationInput,
  type CreateJoinRequestInput,
  type ForgotPasswordInput,
  type LoginInput,
  LoginResultSchema,
  type MfaCodeInput,
  MfaLoginResultSchema,
  MfaSetupSchema,
  type ResetPasswordInput,
} from '@repo/contracts';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPost } from '../../../lib/api-client';

export function useLogin() {
  return useMutation({ mutationFn: (input: LoginInput) => apiPost('/api/auth/login', LoginResultSchema, input) });
}

/** Only after a login answered setupRequired: the role needs a second factor that is not set up yet. */
export function useStartLoginMfaSetup() {
  return useMutation({ mutationFn: () => apiPost('/api/auth/login/mfa/setup', MfaSetupSchema) });
}

export function useCompleteLoginMfa() {
  return useMutation({ mutationFn: (input: MfaCodeInput) => apiPost('/api/auth/login/mfa', MfaLoginResultSchema, input) });
}

export function useForgotPassword() {
  // 202 whether or not the address is known, so the answer tells nobody who has an account.
  return useMutation({ mutationFn: (input: ForgotPasswordInput) => apiPost('/api/auth/password/forgot', z.unknown(), input) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (input: ResetPasswordInput) => apiPost('/api/auth/password/reset', z.undefined(), input) });
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: (input: AcceptInvitationInput) => apiPost('/api/invitations/accept', z.undefined(), input) });
}

export function useCreateJoinRequest() {
  return useMutation({ mutationFn: (input: CreateJoinRequestInput) => apiPost('/api/join-requests', z.unknown(), input) });
}
