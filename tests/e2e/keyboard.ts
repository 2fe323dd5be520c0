import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** What the focused element shows: its focus ring, if any, and whether the browser treats focus as keyboard focus. */
export async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      element: `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`,
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      boxShadow: style.boxShadow !== 'none',
    };
  });
}

/** The focused element shows a focus ring: an outline of 2 px or more, or a box shadow. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const indicator = await focusIndicator(page);
  expect(indicator, 'something has focus').not.toBeNull();
  expect(indicator?.focusVisible, `${indicator?.element} matches :focus-visible`).toBe(true);
  expect(indicator?.outline || indicator?.boxShadow, `${indicator?.element} shows a focus ring`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking at every stop
 * on the way that focus is visible. Fails if the target is never reached.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 80 } = {}): Promise<void> {
  const handle = await target.elementHandle();
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if ((await focusIndicator(page)) !== null) await expectFocusVisible(page);
    if (await page.evaluate((element) => element === document.activeElement, handle)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** After a route change: focus is on the new page's h1 (or main), visibly, and the title is the new page's. */
export async function expectFocusOnNewPage(page: Page, heading: string | RegExp, title: string | RegExp) {
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await expect(h1).toBeFocused();
  await expectFocusVisible(page);
  await expect(page).toHaveTitle(title);
}
