import type { Page } from '@playwright/test';
import { subPathURL } from '../../playwright.config';
import { expect, test } from './fixtures';
import { untilReactOwnsThePage } from './hydration';

// Addresses a person may type or a tool may produce for a page that has one
// canonical address: a folder's index.html, another letter case, an item
// named on the wrong day. Each is opened cold from the static host.

const kisaTalk = '“Enhancing Cyber Security and Resilience”';
const day2 = 'Day 2: Wednesday 22 March 2023';

/** Back from where a slip led returns to the page before it: the slip left no entry of its own. */
async function expectBackTo(page: Page, before: string) {
  await page.goBack();
  await expect(page).toHaveURL(before);
}

test.describe('with JavaScript', () => {
  const slips = [
    { url: '/index.html', canonical: '/', heading: 'Korea Digital Days' },
    { url: '/agenda/2023-03-22/index.html', canonical: '/agenda/2023-03-22', heading: day2 },
    { url: '/contacts/index.html', canonical: '/contacts', heading: 'Contacts' },
    { url: '/AGENDA/2023-03-22', canonical: '/agenda/2023-03-22', heading: day2 },
    { url: '/Contacts', canonical: '/contacts', heading: 'Contacts' },
    { url: '/agencies/KISA', canonical: '/agencies/kisa', heading: 'Korea Internet and Security Agency' },
    // A mix no host has a file for: the host answers 404.html, and the app reads the path in lower case.
    { url: '/aGeNdA/2023-03-22', canonical: '/agenda/2023-03-22', heading: day2 },
  ];
  for (const { url, canonical, heading } of slips) {
    test(`${url} shows its page at ${canonical}`, async ({ page }) => {
      await page.goto('/mou');
      await page.goto(url);
      await expect(page).toHaveURL(canonical);
      await untilReactOwnsThePage(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expectBackTo(page, '/mou');
    });
  }

  test('a redirect keeps the link’s filters and #fragment', async ({ page }) => {
    await page.goto('/Contacts?agency=kisa#song-hye-in');
    await expect(page).toHaveURL('/contacts?agency=kisa#song-hye-in');
    await expect(page.getByRole('status')).toHaveText('Showing 2 of 10 contacts');
    await page.goto('/AGENDA/2023-03-22#enhancing-cyber-security-and-resilience');
    await expect(page).toHaveURL('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
    await expect(page.getByRole('article', { name: kisaTalk })).toHaveClass(/agenda-item--highlighted/);
  });

  test('an item named on the wrong day opens on its own day, scrolled to and highlighted', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/mou');
    await page.goto('/agenda/2023-03-21#enhancing-cyber-security-and-resilience');
    await expect(page).toHaveURL('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(day2);
    const item = page.getByRole('article', { name: kisaTalk });
    await expect(item).toHaveClass(/agenda-item--highlighted/);
    await expect(item).toBeFocused();
    await expect(item).toBeInViewport({ ratio: 0.9 });
    await expectBackTo(page, '/mou');
  });

  test('an item no day has gets a notice that leads on to search', async ({ page }) => {
    await page.goto('/agenda/2023-03-22#cyber-resilience-panel');
    const notice = page.getByRole('status').filter({ hasText: 'No item of the event' });
    await expect(notice).toContainText('No item of the event is called “cyber-resilience-panel”');
    await notice.getByRole('link', { name: 'Search the site for “cyber resilience panel”' }).click();
    await expect(page).toHaveURL('/search?q=cyber+resilience+panel');
  });

  test.describe('under a sub-path', () => {
    test.use({ baseURL: subPathURL });

    test('the same slips reach the same pages', async ({ page }) => {
      await page.goto('agenda/2023-03-22/index.html');
      await expect(page).toHaveURL(`${subPathURL}agenda/2023-03-22`);
      await untilReactOwnsThePage(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(day2);
      await page.goto('Contacts?agency=nia#lim-minjee');
      await expect(page).toHaveURL(`${subPathURL}contacts?agency=nia#lim-minjee`);
      await expect(page.getByRole('status')).toHaveText('Showing 2 of 10 contacts');
      await page.goto('aGeNdA/2023-03-23');
      await expect(page).toHaveURL(`${subPathURL}agenda/2023-03-23`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 3: Thursday 23 March 2023');
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a folder’s index.html is the page itself', async ({ page }) => {
    await page.goto('/agenda/2023-03-22/index.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(day2);
  });

  test('the common letter cases of a page redirect to it', async ({ page }) => {
    for (const [url, canonical] of [
      ['/Contacts', '/contacts'],
      ['/AGENDA/2023-03-22', '/agenda/2023-03-22'],
      ['/agencies/KISA', '/agencies/kisa'],
      ['/Agencies/K-Data', '/agencies/k-data'],
      ['/MOU', '/mou'],
    ] as const) {
      await page.goto(url);
      await expect(page, url).toHaveURL(canonical);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('an item named on the wrong day gets a pointer to its own day', async ({ page }) => {
    await page.goto('/agenda/2023-03-21#enhancing-cyber-security-and-resilience');
    const pointer = page.getByText(`${kisaTalk} is on Day 2`);
    await expect(pointer).toBeInViewport();
    // Only the item the link names has its pointer shown.
    await expect(page.getByText(/is on Day 3/)).toHaveCount(2);
    await expect(page.getByText(/is on Day 3/).first()).toBeHidden();
    await pointer.getByRole('link', { name: 'see it in Day 2’s programme' }).click();
    await expect(page).toHaveURL('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
    await expect(page.getByRole('article', { name: kisaTalk })).toBeInViewport();
  });

  test.describe('under a sub-path', () => {
    test.use({ baseURL: subPathURL });

    test('a letter case redirects to the page', async ({ page }) => {
      await page.goto('Agencies/KISA');
      await expect(page).toHaveURL(`${subPathURL}agencies/kisa/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea Internet and Security Agency');
    });
  });
});
