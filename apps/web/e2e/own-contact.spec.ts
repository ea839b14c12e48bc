import { expect, test } from '@playwright/test';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

test.use({ storageState: authFile('member') });

test('a member sees their own roster entry on the profile and confirms it is still correct', async ({ page }) => {
  await page.goto('/profile');
  const section = page.getByRole('region', { name: 'Din kontaktpost' });
  await expect(section).toContainText('Socialtjänsten, Arvika kommun');
  await expect(section).toContainText('Fältsekreterare');
  await expect(section).toContainText('Anhörigstöd');

  await section.getByRole('button', { name: 'Uppgifterna stämmer fortfarande' }).click();
  await expect(section.getByRole('status')).toHaveText('Tack! Dina uppgifter är bekräftade.');
  const today = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date());
  await expect(section).toContainText(`Senast bekräftad${today}`);
  await expect(section).not.toContainText('inaktuella');
  await expectNoAxeViolations(page);
});
