import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectFocusVisible, tabTo } from './keyboard';
import { routes } from './routes';

const runningAnimations = (page: Page) =>
  page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length);

const outline = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });

test.describe('forced colours and reduced motion', () => {
  test.use({ forcedColors: 'active', reducedMotion: 'reduce' });

  test('the current day stands out and focus stays visible', async ({ page }) => {
    await page.goto('/agenda/2023-03-22');
    const dayNav = page.getByRole('navigation', { name: 'Event days' });
    await expect(dayNav.getByRole('link', { name: /Day 2/ })).toHaveAttribute('aria-current', 'page');
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // Forced colours drop the filled background, so the current day needs an outline of its own.
    expect(await outline(page, '.day-nav__link[aria-current="page"]')).toBe('solid 2px');
    expect(await outline(page, '.day-nav__link:not([aria-current])')).toMatch(/^none/);
    expect(await outline(page, '.site-nav a[aria-current="page"]')).toBe('solid 2px');
    // Other links in the main navigation carry no underline that could pass for "current".
    const underlineShows = await page
      .locator('.site-nav a:not([aria-current])')
      .first()
      .evaluate((link) => getComputedStyle(link).borderBottomColor !== getComputedStyle(document.body).backgroundColor);
    expect(underlineShows).toBe(false);

    await tabTo(page, dayNav.getByRole('link', { name: /Day 3/ }));
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectFocusVisible(page);

    await page.goto('/contacts');
    await tabTo(page, page.getByRole('checkbox', { name: /KISA/ }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Clear filters' }));
  });

  test('a #slug target is highlighted without animation', async ({ page }) => {
    await page.goto('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
    const item = page.getByRole('article', { name: /Enhancing Cyber Security/ });
    await expect(item).toHaveClass(/agenda-item--highlighted/);
    await expect(item).toBeInViewport({ ratio: 0.9 });
    expect(await outline(page, '.agenda-item--highlighted')).toMatch(/^solid 3px/);
    expect(await runningAnimations(page)).toBe(0);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const { name, url } of routes) {
    test(`nothing moves on ${name}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await runningAnimations(page)).toBe(0);
    });
  }

  test('following an item’s link jumps to it at once, with no animation', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/agenda/2023-03-21');
    // Follow the link as the app does, once hydration has enabled the page's buttons.
    await expect(page.locator('button:disabled')).toHaveCount(0);
    const last = page.getByRole('article', { name: /AI for Participation/ });
    await last
      .getByRole('heading')
      .getByRole('link', { name: /AI for Participation/ })
      .click();
    await expect(last).toHaveClass(/agenda-item--highlighted/);
    expect(await runningAnimations(page)).toBe(0);
    // No smooth scrolling: the item is in view straight away, not on its way.
    expect(await last.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(100);
  });
});

test('without a motion preference, the highlight does animate (so the checks above can fail)', async ({ page }) => {
  await page.goto('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  await expect(page.getByRole('article', { name: /Enhancing Cyber Security/ })).toHaveClass(/highlighted/);
  expect(await runningAnimations(page)).toBeGreaterThan(0);
});
