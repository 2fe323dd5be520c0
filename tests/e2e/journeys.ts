import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Every journey of the site, driven as a user would: cold loads of each view,
 * in-app navigation, a #slug deep link, filtering, typing, clearing and an
 * unknown address. Specs run it under their own checks.
 */
export async function walkEveryJourney(page: Page): Promise<void> {
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  await page.goto('/');
  await expect(heading('Korea Digital Days')).toBeVisible();

  for (const [label, date] of [
    ['Day 1', '2023-03-21'],
    ['Day 2', '2023-03-22'],
    ['Day 3', '2023-03-23'],
  ] as const) {
    await page.goto(`/agenda/${date}`);
    await expect(heading(new RegExp(label))).toBeVisible();
  }

  await page.goto('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  await expect(page.getByRole('article', { name: '“Enhancing Cyber Security and Resilience”' })).toBeFocused();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'MoU' }).click();
  await expect(heading('MoU on Digital Development Cooperation')).toBeVisible();
  await page.getByRole('link', { name: 'The signing, Day 1' }).click();
  await expect(
    page.getByRole('article', { name: 'Signing of the MoU on digital development cooperation' }),
  ).toHaveClass(/agenda-item--highlighted/);

  await page.goto('/contacts');
  await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');
  await page.getByRole('checkbox', { name: /KISA/ }).check();
  await expect(page).toHaveURL(/\/contacts\?agency=kisa$/);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('lim');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 10 contacts');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');

  await page.goto('/contacts?agency=kisa,%3Cscript%3E&q=%E0%A4%A');
  await expect(page.getByRole('note')).toContainText('“<script>”');

  await page.goto('/no/such/page');
  await expect(heading('Page not found')).toBeVisible();
  await page.goto('/agenda/2023-13-45');
  await expect(heading('No such day')).toBeVisible();

  // Agencies, site search and the downloads built in the browser.
  await page.goto('/agencies');
  await page.getByRole('link', { name: 'Korea Internet and Security Agency (KISA)' }).click();
  await expect(heading('Korea Internet and Security Agency')).toBeVisible();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download 2 contacts at KISA' }).click(),
  ]);
  await page.keyboard.press('/');
  await page.keyboard.type('cyber security');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('5 results for “cyber security”');
  await page.goto('/agenda/2023-03-21');
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add Day 1 to your calendar (.ics file)' }).click(),
  ]);
  await page.goto('/agencies/nope');
  await expect(heading('No such agency')).toBeVisible();
}
