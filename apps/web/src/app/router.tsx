import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/app-layout';
import { AppError, RouteError } from '../components/route-error';
import { AccessibilityPage } from './routes/accessibility';
import { AgenciesPage } from './routes/agencies';
import { AgencyPage } from './routes/agency';
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <AppError />,
    children: [
      {
        // Errors render inside the layout, so the header and navigation stay usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'agencies', element: <AgenciesPage /> },
          { path: 'agencies/:id', element: <AgencyPage /> },
          { path: 'accessibility', element: <AccessibilityPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
