import type { Page } from '@playwright/test';

/**
 * Waits until React owns the page: hydrated, or rendered afresh where the
 * prerendered HTML was for another address (a filtered view), and titled.
 * What a check sees then is what the reader keeps, not the page before the app.
 */
export async function untilReactOwnsThePage(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return (
      main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber')) && document.title.trim() !== ''
    );
  });
}
