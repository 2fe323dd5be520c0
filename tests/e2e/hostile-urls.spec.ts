import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { untilReactOwnsThePage } from './hydration';

// Every hostile or malformed address must show a page that explains itself and
// offers a way back. The hygiene fixture fails any of these tests on a console
// error, an uncaught exception or a request elsewhere.

async function expectWayBackToOverview(page: Page) {
  // Focus moves to the heading only when the app makes the move, not on a full page load.
  await untilReactOwnsThePage(page);
  await page.getByRole('link', { name: 'Overview of the event' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Korea Digital Days' })).toBeFocused();
}

const notFoundPages = [
  { name: 'an unknown path', url: '/no/such/page', heading: 'Page not found' },
  { name: 'an extra segment after a page', url: '/mou/extra', heading: 'Page not found' },
  { name: 'an extra segment after a day', url: '/agenda/2023-03-22/extra', heading: 'Page not found' },
  { name: 'an impossible date', url: '/agenda/2023-13-45', heading: 'No such day' },
  { name: 'a day outside the event', url: '/agenda/2023-03-24', heading: 'No such day' },
  { name: 'a day with a script in it', url: '/agenda/%3Cscript%3Ealert(1)%3C%2Fscript%3E', heading: 'No such day' },
  { name: 'a path that climbs out', url: '/agenda/..%2F..%2Fetc%2Fpasswd', heading: 'No such day' },
  { name: 'broken percent-encoding in a day', url: '/agenda/%E0%A4%A', heading: 'Page not found' },
  { name: 'someone named only as context', url: '/people/lee-jong-ho', heading: 'No such person' },
  {
    name: 'a person with a script in it',
    url: '/people/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    heading: 'No such person',
  },
  { name: 'an extra segment after a person', url: '/people/lee-won-tae/extra', heading: 'Page not found' },
  { name: 'broken percent-encoding in a path', url: '/%E0%A4%A', heading: 'Page not found' },
  { name: 'a very long path', url: `/${'long-'.repeat(400)}`, heading: 'Page not found' },
];

for (const { name, url, heading } of notFoundPages) {
  test(`${name} (${url.slice(0, 40)}) gets a helpful not-found page with a way back`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page).toHaveTitle(`${heading} · Korea Digital Days`);
    await expect(page.getByRole('heading', { level: 2, name: 'Where to go instead' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Agenda, Day/ })).toHaveCount(3);
    await expectWayBackToOverview(page);
  });
}

test('an impossible date names the event’s real dates', async ({ page }) => {
  await page.goto('/agenda/2023-13-45');
  await expect(page.getByText('Korea Digital Days ran from 21–23 March 2023')).toBeVisible();
  await expect(page.getByText('There is no programme for “2023-13-45”')).toBeVisible();
  await page.getByRole('link', { name: 'Agenda, Day 2' }).click();
  await expect(page).toHaveURL('/agenda/2023-03-22');
});

test('a script in ?agency= is shown as text in a notice, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/contacts?agency=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E');
  const notice = page.getByRole('note');
  await expect(notice).toContainText('This link named an agency we don’t know');
  await expect(notice).toContainText('“<script>alert(1)</script><img src=x oner…”');
  await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');
  expect(await page.locator('main script, main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('?agency=123 gets a notice and the canonical address, and shows everyone', async ({ page }) => {
  await page.goto('/contacts?agency=123');
  await expect(page.getByRole('note')).toContainText('“123”');
  await expect(page.getByRole('note')).toContainText('Known agencies are MSIT, NIPA, K-Data, KISA, NIA.');
  await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');
  await expect(page).toHaveURL('/contacts');
  // Ticking a real agency leaves the unknown one behind.
  await page.getByRole('checkbox', { name: /KISA/ }).check();
  await expect(page).toHaveURL('/contacts?agency=kisa');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('a 5,000-character query is cut to a usable length and can be cleared', async ({ page }) => {
  await page.goto(`/contacts?q=${'lee'.repeat(1667).slice(0, 5000)}`);
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await expect(search).toHaveValue('lee'.repeat(67).slice(0, 200));
  await expect(page.getByRole('heading', { level: 2, name: 'No contacts match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL('/contacts');
  await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');
});

test('a numeric query keeps a readable address', async ({ page }) => {
  await page.goto('/contacts');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('1835');
  await expect(page).toHaveURL('/contacts?q=1835');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('1835');
});

test('repeated keys are read as a list, in canonical form', async ({ page }) => {
  await page.goto('/contacts?agency=nia&agency=kisa&agency=nia');
  await expect(page).toHaveURL('/contacts?agency=kisa,nia');
  await expect(page.getByRole('checkbox', { name: /KISA/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /NIA/ })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 10 contacts');
  await page.goto('/contacts?agency=KISA&agency=');
  await expect(page).toHaveURL('/contacts?agency=kisa');
  await page.goto('/contacts?agency=');
  await expect(page).toHaveURL('/contacts');
});

test('a repeated query is one search for all its values, as a repeated agency is one list', async ({ page }) => {
  await page.goto('/contacts?q=lee&q=kim');
  await expect(page).toHaveURL('/contacts?q=lee+kim');
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('lee kim');
  await expect(page.getByRole('note')).toHaveText('This link gave several values for “q”, so they were put together.');
});

for (const url of ['/contacts?agency[]=kisa', '/contacts?agency[0]=kisa&agency[1]=nia', '/contacts?agency[a]=kisa']) {
  test(`array-shaped keys (${url}) fall back to the whole directory, with a notice`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');
    await expect(page.getByRole('note')).toContainText('the directory doesn’t read');
    await expect(page.getByRole('note')).toContainText('“agency[');
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await page.getByRole('checkbox', { name: /MSIT/ }).check();
    await expect(page).toHaveURL(/\/contacts\?agency=msit/);
  });
}

test('JSON-shaped values fall back or are read for what they say', async ({ page }) => {
  await page.goto('/contacts?agency=%5B%22kisa%22%2C%22nia%22%5D&q=%7B%22a%22%3A1%7D');
  await expect(page).toHaveURL('/contacts?agency=kisa,nia');
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 10 contacts');
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('');
});

test('an unknown #slug shows the day, with nothing highlighted', async ({ page }) => {
  await page.goto('/agenda/2023-03-22#no-such-item');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 2: Wednesday 22 March 2023');
  await expect(page.locator('.agenda-item--highlighted')).toHaveCount(0);
  await page.goto('/agenda/2023-03-22#%E0%A4%A');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 2: Wednesday 22 March 2023');
});
