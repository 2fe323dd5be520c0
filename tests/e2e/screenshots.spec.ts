import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { routes } from './routes';

// Full-page screenshots of every route for people to look at, written to
// test-results/screenshots/ (not committed). The test proves each page renders
// its heading in every combination; the pictures are for review by eye.
const directory = 'test-results/screenshots';
const widths = [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
] as const;
const schemes = ['light', 'dark'] as const;

test.beforeAll(async () => {
  await mkdir(directory, { recursive: true });
});

for (const route of routes) {
  test(`screenshots of ${route.name} at 1280 and 320 px, light and dark`, async ({ page }) => {
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
