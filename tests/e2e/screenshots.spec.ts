import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { routes } from './routes';

// Full-page screenshots of every route for people to look at, written to
// test-results/screenshots/ (not committed). The test proves each page renders
// its heading in every combination; the pictures are for review by eye.
const directory = 'test-results/screenshots';
const widths = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  { width: 375, height: 667 },
  { width: 320, height: 640 },
] as const;
const schemes = ['light', 'dark'] as const;

test.beforeAll(async () => {
  await mkdir(directory, { recursive: true });
});

for (const route of routes) {
  test(`screenshots of ${route.name} at 1280, 768, 375 and 320 px, light and dark`, async ({ page }) => {
    await page.goto(route.url);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    for (const viewport of widths) {
      await page.setViewportSize(viewport);
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({
          path: `${directory}/${route.name}-${viewport.width}-${scheme}.png`,
          fullPage: true,
          animations: 'disabled',
        });
      }
    }
  });
}

// The two pictures in the README, one screen each. To refresh them, run this
// spec and copy test-results/screenshots/readme-*.png over docs/.
test('README picture: Day 2 at 1280 px, light', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/agenda/2023-03-22');
  await expect(page.getByRole('heading', { level: 1, name: /Day 2/ })).toBeVisible();
  await page.screenshot({ path: `${directory}/readme-agenda.png`, animations: 'disabled' });
});

test.describe('README picture at phone size', () => {
  test.use({ deviceScaleFactor: 2, colorScheme: 'dark', viewport: { width: 320, height: 640 } });

  test('README picture: contacts filtered to KISA at 320 px, dark', async ({ page }) => {
    await page.goto('/contacts?agency=kisa');
    await expect(page.getByRole('status')).toHaveText('Showing 2 of 10 contacts');
    // The first screen as a shared link opens it: the filter bar, then the contacts.
    await expect(page.getByRole('heading', { level: 4, name: 'Song Hye-in' })).toBeInViewport();
    await page.screenshot({ path: `${directory}/readme-contacts-320.png`, animations: 'disabled' });
  });
});
