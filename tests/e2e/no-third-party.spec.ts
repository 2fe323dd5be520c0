import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { walkEveryJourney } from './journeys';

/** Aborts and records every request that would leave the local server; counts the local ones. */
async function guardRequests(page: Page, origin: string) {
  const outside: string[] = [];
  let local = 0;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) {
      local += 1;
      await route.continue();
    } else {
      outside.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return { outside, localCount: () => local };
}

test('no journey makes a request beyond the local server', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const { outside, localCount } = await guardRequests(page, origin);
  await walkEveryJourney(page);
  expect(outside).toEqual([]);
  expect(localCount(), 'the guard saw the site’s own requests').toBeGreaterThan(0);
});

test('fonts are the system stack, but for the self-hosted Hangul face', async ({ page }) => {
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  const families = await page.evaluate(() => [...document.fonts].map((face) => face.family.replaceAll('"', '')));
  expect(new Set(families)).toEqual(new Set(['KDD Hangul', 'KDD Hangul Korean']));
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"KDD Hangul", system-ui/);
  // A Korean page draws its Hangul with the cut of the whole edition.
  await page.goto('/ko/contacts');
  await expect(page.getByRole('heading', { level: 1, name: '연락처' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
    /^"KDD Hangul Korean", system-ui/,
  );
});

test('every link off the site opens without giving the site away', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  for (const path of ['/', '/agenda/2023-03-21', '/agenda/2023-03-22', '/agenda/2023-03-23', '/mou', '/contacts']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const offSite = await page.evaluate(
      (here) =>
        [...document.querySelectorAll('a[href]')]
          .filter((link) => /^https?:$/.test((link as HTMLAnchorElement).protocol))
          .filter((link) => (link as HTMLAnchorElement).origin !== here)
          .map((link) => ({ href: link.getAttribute('href'), rel: link.getAttribute('rel') ?? '' })),
      origin,
    );
    for (const link of offSite)
      expect(link.rel.split(/\s+/), `${path}: ${link.href}`).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
  }
});

test('the request guard does catch a request to another host', async ({ browser, baseURL }) => {
  // Without the policy, which would stop the request before the guard saw it.
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  const page = await context.newPage();
  const { outside } = await guardRequests(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await page.evaluate(() => fetch('https://example.com/tracker.gif').catch(() => undefined));
  expect(outside).toEqual(['https://example.com/tracker.gif']);
  await context.close();
});
