import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppError, RouteError } from '../components/route-error';
import { RequireAuth, RequirePermission } from '../lib/auth/route-guards';
import { AppShell } from './app-shell';
import { AccessibilityPage } from './routes/accessibility';
import { AgenciesPage } from './routes/agencies';
import { AgencyPage } from './routes/agency';
import { ForgotPasswordPage } from './routes/forgot-password';
import { HomePage } from './routes/home';
import { InvitationPage } from './routes/invitation';
import { JoinPage } from './routes/join';
import { LoginPage } from './routes/login';
import { NotFoundPage } from './routes/not-found';
import { ResetPasswordPage } from './routes/reset-password';
import { SearchPage } from './routes/search';

/**
 * Pages most visits never open (administration, the profile) load on first use, which keeps the
 * first download small.
 */
function page<M extends Record<string, ComponentType>>(load: () => Promise<M>, name: keyof M) {
  return async () => ({ Component: (await load())[name] });
}

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <AppError />,
    children: [
      {
        // Errors render inside the layout, so the header and navigation stay usable.
        errorElement: <RouteError />,
        children: [
          // Public: signing in, joining, the links in mails, and the accessibility statement.
          { path: 'login', element: <LoginPage /> },
          { path: 'join', element: <JoinPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invitation', element: <InvitationPage /> },
          { path: 'verify-contact', lazy: page(() => import('./routes/verify-contact'), 'VerifyContactPage') },
          { path: 'accessibility', element: <AccessibilityPage /> },
          // The API answers 404 outside development; the page then says the outbox is not there.
          { path: 'dev/mail', lazy: page(() => import('./routes/dev-mail'), 'DevMailPage') },
          {
            element: <RequireAuth />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'search', element: <SearchPage /> },
              { path: 'agencies', element: <AgenciesPage /> },
              { path: 'agencies/:id', element: <AgencyPage /> },
              { path: 'contacts/:id', lazy: page(() => import('./routes/contact'), 'ContactPage') },
              { path: 'functions/:id', lazy: page(() => import('./routes/function'), 'FunctionPage') },
              { path: 'coverage', lazy: page(() => import('./routes/coverage'), 'CoveragePage') },
              { path: 'events', lazy: page(() => import('./routes/events'), 'EventsPage') },
              { path: 'events/:id', lazy: page(() => import('./routes/event'), 'EventPage') },
              // Whether the user may edit depends on the event (its canManage); the page decides.
              { path: 'events/:id/edit', lazy: page(() => import('./routes/edit-event'), 'EditEventPage') },
              { path: 'resources', lazy: page(() => import('./routes/resources'), 'ResourcesPage') },
              { path: 'resources/:id', lazy: page(() => import('./routes/resource'), 'ResourcePage') },
              // Whether the user may edit depends on the resource (its canEdit); the page decides.
              { path: 'resources/:id/edit', lazy: page(() => import('./routes/edit-resource'), 'EditResourcePage') },
              { path: 'profile', lazy: page(() => import('./routes/profile'), 'ProfilePage') },
              {
                element: <RequirePermission permission="events:post" />,
                children: [{ path: 'events/new', lazy: page(() => import('./routes/new-event'), 'NewEventPage') }],
              },
              {
                element: <RequirePermission permission="resources:share" />,
                children: [{ path: 'resources/new', lazy: page(() => import('./routes/new-resource'), 'NewResourcePage') }],
              },
              {
                element: <RequirePermission permission="users:read" />,
                children: [
                  { path: 'admin/users', lazy: page(() => import('./routes/admin-users'), 'AdminUsersPage') },
                  { path: 'admin/users/:id', lazy: page(() => import('./routes/admin-user'), 'AdminUserPage') },
                ],
              },
              {
                element: <RequirePermission permission="invitations:manage" />,
                children: [{ path: 'admin/invitations', lazy: page(() => import('./routes/admin-invitations'), 'AdminInvitationsPage') }],
              },
              {
                element: <RequirePermission permission="joinRequests:decide" />,
                children: [{ path: 'admin/join-requests', lazy: page(() => import('./routes/admin-join-requests'), 'AdminJoinRequestsPage') }],
              },
              {
                element: <RequirePermission permission="roster:verify" />,
                children: [{ path: 'verification', lazy: page(() => import('./routes/verification'), 'VerificationPage') }],
              },
              {
                element: <RequirePermission permission="roster:import" />,
                children: [{ path: 'roster', lazy: page(() => import('./routes/roster'), 'RosterTransferPage') }],
              },
              {
                element: <RequirePermission permission="audit:read" />,
                children: [{ path: 'admin/audit', lazy: page(() => import('./routes/admin-audit'), 'AdminAuditPage') }],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
