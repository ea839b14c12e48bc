import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useCurrentUser, useLogout, userCan } from '../lib/auth/current-user';
import { useEndSession, useSessionLossWatcher } from '../lib/auth/session-end';
import { ErrorMessage } from './error-message';
import { LanguageSwitch } from './language-switch';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);
  const { user } = useCurrentUser();
  const logout = useLogout();
  const endSession = useEndSession();
  useSessionLossWatcher();

  // After client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="site-name">
            <span className="site-name__title">{t('app.name')}</span>
            <span className="site-name__tagline">{t('app.tagline')}</span>
          </NavLink>
          {user ? (
            <nav aria-label={t('app.mainNavigation')} className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/search">{t('search.nav')}</NavLink>
                </li>
                <li>
                  <NavLink to="/agencies">{t('nav.agencies')}</NavLink>
                </li>
                <li>
                  <NavLink to="/coverage">{t('nav.coverage')}</NavLink>
                </li>
                <li>
                  <NavLink to="/events">{t('eventsCalendar.nav')}</NavLink>
                </li>
                <li>
                  <NavLink to="/resources">{t('resources.nav')}</NavLink>
                </li>
                {userCan(user, 'roster:verify') ? (
                  <li>
                    <NavLink to="/verification">{t('verification.nav')}</NavLink>
                  </li>
                ) : null}
                {userCan(user, 'roster:import') ? (
                  <li>
                    <NavLink to="/roster">{t('rosterImport.nav')}</NavLink>
                  </li>
                ) : null}
                {userCan(user, 'users:read') ? (
                  <li>
                    <NavLink to="/admin/users">{t('nav.users')}</NavLink>
                  </li>
                ) : null}
                {userCan(user, 'joinRequests:decide') ? (
                  <li>
                    <NavLink to="/admin/join-requests">{t('nav.joinRequests')}</NavLink>
                  </li>
                ) : null}
                {userCan(user, 'audit:read') ? (
                  <li>
                    <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
          <div className="site-header__tools">
            <LanguageSwitch />
            {user ? (
              <div className="account-menu">
                <NavLink to="/profile" className="account-menu__name">
                  <span className="visually-hidden">{t('nav.profilePrefix')} </span>
                  {user.name}
                </NavLink>
                <Button
                  className="account-menu__signout"
                  isPending={logout.isPending}
                  onPress={() => logout.mutate(undefined, { onSuccess: () => endSession('signedOut') })}
                >
                  {t('auth.signOut')}
                </Button>
              </div>
            ) : user === null && pathname !== '/login' ? (
              <Link to="/login" className="account-menu__signin">
                {t('auth.signIn')}
              </Link>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {logout.isError ? <ErrorMessage error={logout.error} /> : null}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.demoNotice')}</p>
        <p>
          <NavLink to="/accessibility">{t('nav.accessibility')}</NavLink>
        </p>
      </footer>
    </div>
  );
}
