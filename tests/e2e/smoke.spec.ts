import { expect, test } from './fixtures';

test('a deep link to a filtered directory opens cold', async ({ page }) => {
  await page.goto('/contacts?agency=kisa');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 10 contacts');
  await expect(page.getByRole('checkbox', { name: /KISA/ })).toBeChecked();
  await expect(page).toHaveTitle('Contacts · Korea Digital Days');
});
