import type { Page } from '@playwright/test';

/** The little of React's fiber root this reads: committed, and no render pending. */
interface ReactRoot {
  current: { memoizedState: { isDehydrated?: boolean } | null };
  callbackNode: unknown;
}

/**
 * Waits until React owns the page: hydrated, or rendered afresh where the
 * prerendered HTML was for another address (a filtered view), and titled.
 * What a check sees then is what the reader keeps, not the page before the app.
 */
export async function untilReactOwnsThePage(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    if (main === null || !Object.keys(main).some((key) => key.startsWith('__reactFiber'))) return false;
    if (document.title.trim() === '') return false;
    // Hydration sets the fiber keys while it renders, before it commits: wait
    // for the commit too. The root fiber is React's own, read only here.
    const container = document.getElementById('root') as (HTMLElement & Record<string, unknown>) | null;
    const key = container && Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
    const root = key ? (container[key] as { stateNode?: ReactRoot }).stateNode : undefined;
    return root !== undefined && root.current.memoizedState?.isDehydrated !== true && root.callbackNode === null;
  });
  // Effects (the "/" shortcut, focus on navigation) run in a task after the
  // commit; the browser is idle only once that task has run. A busy machine
  // may never be idle: two seconds is far longer than any effect takes.
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}
