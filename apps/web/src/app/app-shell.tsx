import { AppLayout } from '../components/app-layout';
import { IdleWarning } from '../features/auth/components/idle-warning';

/** The layout of every page, plus the warning before an idle session ends. */
export function AppShell() {
  return (
    <>
      <AppLayout />
      <IdleWarning />
    </>
  );
}
