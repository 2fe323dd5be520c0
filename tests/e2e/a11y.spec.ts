import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { allPages } from './routes';

// Each page is checked in light and dark, at desktop width and at 320 px.
const variants = [
  { scheme: 'light', width: 1280, height: 800 },
  { scheme: 'dark', width: 1280, height: 800 },
  { scheme: 'light', width: 320, height: 640 },
  { scheme: 'dark', width: 320, height: 640 },
] as const;

for (const state of allPages) {
  test(`axe finds nothing on ${state.name} (${state.url}), light and dark, 1280 and 320 px`, async ({ page }) => {
    await page.goto(state.url);
    await expect(page.getByRole('heading', { level: 1, name: state.heading })).toBeVisible();
    for (const { scheme, width, height } of variants) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page, `${state.url} (${scheme}, ${width} px)`);
    }
  });
}

test('the axe check does fail on a real violation', async ({ page }) => {
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  await heading.evaluate((element) => {
    element.style.color = '#cccccc';
  });
  await expect(expectNoAxeViolations(page, 'a page made to fail')).rejects.toThrow(/color-contrast/);
});
