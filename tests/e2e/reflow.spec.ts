import { expect, test } from './fixtures';
import { clippedElements, doubleTextSize, sidewaysScroll } from './layout';
import { allPages } from './routes';
import { untilReactOwnsThePage } from './hydration';

// Pages whose content comes from the address itself, which can be long.
const longValues = [
  { name: 'a long unknown agency', url: `/contacts?agency=${'x'.repeat(300)}` },
  { name: 'a long query', url: `/contacts?q=${'y'.repeat(300)}` },
  { name: 'a long unknown day', url: `/agenda/${'z'.repeat(300)}` },
  { name: 'a long unknown path', url: `/${'w'.repeat(300)}` },
];

for (const { name, url } of allPages) {
  test(`${name} reflows at 320 × 640, and at 200% text size nothing is clipped, down to 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await untilReactOwnsThePage(page);
    expect(await sidewaysScroll(page), 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
    expect(await clippedElements(page), 'cut off at 320 px').toEqual([]);

    // 200% text, as set in the browser's settings, at 1280 px, at 640 px
    // (where 200% text lays out like a 320 px phone) and on a 320 px phone itself.
    await doubleTextSize(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    for (const { width, height } of [
      { width: 1280, height: 800 },
      { width: 640, height: 800 },
      { width: 320, height: 640 },
    ]) {
      await page.setViewportSize({ width, height });
      expect(await sidewaysScroll(page), `sideways scroll at ${width} px, 200% text`).toBeLessThanOrEqual(0);
      expect(await clippedElements(page), `cut off at ${width} px, 200% text`).toEqual([]);
    }
  });
}

for (const { name, url } of longValues) {
  test(`${name} reflows at 320 × 640: no sideways scroll, nothing cut off`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A value from the address may only show once the app has read it (a search in the filter bar).
    await untilReactOwnsThePage(page);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await clippedElements(page)).toEqual([]);
  });
}
