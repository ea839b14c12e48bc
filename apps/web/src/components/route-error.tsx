import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundContent } from './not-found-content';
import { usePageTitle } from './use-page-title';

/** Shown instead of a page that failed to render, so nobody is left with a blank screen. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  return <UnexpectedError />;
}

/** The last line of defence: the layout itself failed, so the message stands alone on the page. */
export function AppError() {
  return (
    <div className="app">
      <main id="main" tabIndex={-1} className="site-main">
        <RouteError />
      </main>
    </div>
  );
}

function UnexpectedError() {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  return (
    <section className="page page--narrow" role="alert">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      <Button className="button" onPress={() => window.location.reload()}>
        {t('routeError.reload')}
      </Button>
    </section>
  );
}
