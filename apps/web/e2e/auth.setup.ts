import { test as setup } from '@playwright/test';
import { authFile, type DemoRole, loginAs } from './auth';

const ROLES: DemoRole[] = ['member', 'coordinator', 'admin'];

for (const role of ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await loginAs(page, role);
    await page.context().storageState({ path: authFile(role) });
  });
}
