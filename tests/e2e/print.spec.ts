import { expect, test } from './fixtures';

/** Pages in a PDF, counted from its page objects. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test.describe('printing', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  });

  test('a day prints without navigation, with link targets written out', async ({ page }) => {
    await page.goto('/agenda/2023-03-22');
    await expect(page.getByRole('heading', { level: 1, name: /Day 2/ })).toBeVisible();
    for (const hidden of [
      page.getByRole('navigation', { name: 'Main' }),
      page.getByRole('search'),
      page.getByRole('navigation', { name: 'Event days' }),
      page.getByRole('navigation', { name: 'Previous and next day' }),
      page.getByRole('button', { name: /calendar/ }),
      page.getByRole('button', { name: 'Copy link to Day 2' }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const agencyLink = page.getByRole('link', { name: 'Korea Internet and Security Agency' });
    expect(await agencyLink.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('"(/agencies/kisa)"');
    const item = page.getByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
    expect(await item.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    // Printed in black on white even when the reader prefers dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  });

  test('the directory keeps each card, and each agency, whole', async ({ page }) => {
    await page.goto('/contacts');
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Agency' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Download/ }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: /^Copy link/ }).first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Jump to an agency:' })).toBeHidden();
    const breakInside = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakInside));
    expect(await breakInside('.contact-card')).toEqual(Array(10).fill('avoid'));
    expect(await breakInside('.agency-section')).toEqual(Array(5).fill('avoid'));
    const heading = page.getByRole('link', { name: 'Korea Internet and Security Agency (KISA)' });
    expect(await heading.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('"(/agencies/kisa)"');
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`the day and the directory render to ${format}`, async ({ page }) => {
      await page.goto('/agenda/2023-03-21');
      await expect(page.getByRole('heading', { level: 1, name: /Day 1/ })).toBeVisible();
      expect(pageCount(await page.pdf({ format }))).toBe(2);
      await page.goto('/agenda/2023-03-22');
      await expect(page.getByRole('heading', { level: 1, name: /Day 2/ })).toBeVisible();
      expect(pageCount(await page.pdf({ format }))).toBe(1);
      await page.goto('/contacts');
      await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');
      expect(pageCount(await page.pdf({ format }))).toBe(2);
    });
  }
});
