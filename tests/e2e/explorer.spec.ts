import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { untilReactOwnsThePage } from './hydration';

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 25) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

function parseCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text);
  const jCards = typeof parsed[0] === 'string' ? [parsed] : parsed;
  return jCards.map((jCard: unknown[]) => new ICAL.Component(jCard as never));
}

test('by keyboard alone: from the KISA talk to KISA’s page to a vCard of both KISA contacts', async ({ page }) => {
  await page.goto('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  const talk = page.getByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await expect(talk).toBeFocused();
  // The browser focuses the #fragment before the app runs. Enter on a link before the app has
  // hydrated loads the next page afresh, which does not move focus: this journey is the app's.
  await untilReactOwnsThePage(page);

  const agencyLink = talk.getByRole('link', { name: 'Korea Internet and Security Agency' });
  await tabTo(page, agencyLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agencies\/kisa$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Korea Internet and Security Agency' })).toBeFocused();

  const downloadButton = page.getByRole('button', { name: 'Download 2 contacts at KISA' });
  await tabTo(page, downloadButton);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);

  expect(download.suggestedFilename()).toBe('korea-digital-days-contacts-kisa.vcf');
  const text = await downloadedText(download);
  expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  const cards = parseCards(text);
  expect(cards.map((card) => card.getFirstPropertyValue('fn'))).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(cards.map((card) => card.getFirstPropertyValue('tel'))).toEqual([
    'tel:+82-61-820-1835',
    'tel:+82-61-820-1223',
  ]);
  expect(cards.map((card) => card.getFirstPropertyValue('org'))).toEqual([
    ['Korea Internet and Security Agency', 'Global Cooperation Team'],
    ['Korea Internet and Security Agency', 'Global Cooperation Team'],
  ]);
  expect(cards.map((card) => card.getFirstPropertyValue('role'))).toEqual(['Head', 'Point of contact']);
});

test('by keyboard: / opens search, and a result leads to the contact', async ({ page }) => {
  await page.goto('/mou');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The page is prerendered: the shortcut works once the app has hydrated it.
  await expect(page.getByRole('button', { name: 'Copy link to the MoU' })).toBeEnabled();
  await page.keyboard.press('/');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' });
  await expect(field).toBeFocused();
  await page.keyboard.type('lim minjee');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=lim(\+|%20)minjee$/);
  await expect(page.getByRole('status')).toHaveText('1 result for “lim minjee”');
  await expect(page.locator('main mark')).toHaveText(['Lim Minjee']);
  await expect(page).toHaveTitle('Search: lim minjee · Korea Digital Days');

  await tabTo(page, page.getByRole('link', { name: 'Lim Minjee', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/contacts\?q=Lim(\+|%20)Minjee$/);
  await expect(page.getByRole('heading', { level: 4 })).toHaveText(['Lim Minjee']);
});

test('a cold deep link to search results opens them', async ({ page }) => {
  await page.goto('/search?q=%ED%95%9C%EA%B5%AD%EC%9D%B8%ED%84%B0%EB%84%B7');
  await expect(page.getByRole('status')).toHaveText('3 results for “한국인터넷”');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Agencies (1)', 'Contacts (2)']);
});

test('a day page offers that day as an .ics file, with its programme and no times', async ({ page }) => {
  await page.goto('/agenda/2023-03-23');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add Day 3 to your calendar (.ics file)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('korea-digital-days-2023-03-23.ics');
  const calendar = new ICAL.Component(ICAL.parse(await downloadedText(download)));
  const [entry, ...others] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(others).toEqual([]);
  expect(entry?.uid).toBe(`korea-digital-days-2023-03-23@${new URL(page.url()).hostname}`);
  expect(entry?.startDate.toString()).toBe('2023-03-23');
  expect(entry?.startDate.isDate).toBe(true);
  expect(entry?.description).toContain('2. Ceremony: Closing ceremony (The World Bank)');
  expect(entry?.component.getFirstPropertyValue('url')).toBe(new URL('/agenda/2023-03-23', page.url()).href);
});

test('the overview adds all three days to a calendar', async ({ page }) => {
  await page.goto('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add the event to your calendar (.ics file)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('korea-digital-days.ics');
  const calendar = new ICAL.Component(ICAL.parse(await downloadedText(download)));
  const dates = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).startDate.toString());
  expect(dates).toEqual(['2023-03-21', '2023-03-22', '2023-03-23']);
});
