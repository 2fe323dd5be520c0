import { expectNoAxeViolations } from './axe';
import { pastedText } from './clipboard';
import { expect, test } from './fixtures';

// A link is shown at its canonical URL: what the page leaves out leaves the
// address bar too, in place (no new history entry), and a notice says what.

test.describe('the canonical URL replaces the link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('dropped agencies and keys leave the address, Back goes to the page before, the notices stay', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/mou');
    await page.goto('/contacts?agency=kisa,bogus,nia&foo=1');
    await expect(page).toHaveURL('/contacts?agency=kisa,nia');
    const notes = page.getByRole('note');
    await expect(notes.filter({ hasText: 'This link named an agency we don’t know' })).toContainText('“bogus”');
    await expect(notes.filter({ hasText: 'the directory doesn’t read' })).toContainText('“foo”');
    await expect(page.getByRole('status')).toHaveText('Showing 4 of 10 contacts');
    await page.getByRole('button', { name: 'Copy link to contacts at KISA and NIA' }).click();
    expect(await pastedText(page.context())).toBe(`${baseURL}/contacts?agency=kisa,nia`);
    await expectNoAxeViolations(page, 'the directory with its notices');
    await page.goBack();
    await expect(page).toHaveURL('/mou');
  });

  test('on the search page too', async ({ page }) => {
    await page.goto('/mou');
    await page.goto('/search?q=kisa&foo=1');
    await expect(page).toHaveURL('/search?q=kisa');
    await expect(page.getByRole('note')).toContainText('the search page doesn’t read, so it was left out: “foo”');
    await expect(page.getByRole('status')).toHaveText('5 results for “kisa”');
    await page.goBack();
    await expect(page).toHaveURL('/mou');
  });

  test('a repeated q is one search for all its values, on both pages', async ({ page }) => {
    await page.goto('/search?q=cyber&q=kisa');
    await expect(page).toHaveURL('/search?q=cyber+kisa');
    await expect(page.getByRole('searchbox', { name: /Search the agenda/ })).toHaveValue('cyber kisa');
    await expect(page.getByRole('note')).toHaveText(
      'This link gave several values for “q”, so they were put together.',
    );
    await page.goto('/contacts?q=lim&q=kisa');
    await expect(page).toHaveURL('/contacts?q=lim+kisa');
    await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('lim kisa');
    await expect(page.getByRole('status')).toHaveText('Showing 1 of 10 contacts');
  });
});

test('a phone number in any common form finds its contact, in the directory and the site search', async ({ page }) => {
  for (const query of ['061-820-1835', '0618201835', '+82 61 820 1835', '+82-61-820-1835', '820-1835']) {
    await page.goto(`/contacts?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toHaveText('Showing 1 of 10 contacts');
    await expect(page.getByRole('heading', { level: 4 })).toHaveText('Song Hye-in');
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toHaveText(`1 result for “${query}”`);
    await expect(page.getByRole('link', { name: 'Call Song Hye-in on +82 61-820-1835' })).toBeVisible();
  }
});

test('a query with nothing to search for says so, on both pages', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/search?q=..%2F');
  await expect(page.getByRole('status')).toHaveText('“../” has no letters or digits to search for');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('“../” has no letters or digits to search for');
  await expect(page.getByText('Try one of these:')).toHaveCount(0);
  await page.goto('/contacts?q=k');
  await expect(page.getByRole('status')).toHaveText(
    'Type at least two letters or digits to search. Showing all 10 contacts',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a filtered link says that filtering needs JavaScript and that all contacts are shown', async ({ page }) => {
    await page.goto('/contacts?agency=kisa');
    await expect(page.getByText(/^Search and the agency filter need JavaScript/)).toHaveText(
      'Search and the agency filter need JavaScript, which is off in this browser, so all 10 contacts are shown.',
    );
    await expect(page.locator('.contact-card')).toHaveCount(10);
    await page.goto('/search?q=kisa');
    await expect(page.getByText(/^Search needs JavaScript/)).toBeVisible();
  });
});

// axe needs JavaScript to run, so it checks the pages as a browser without it
// shows them: the HTML with its scripts left out and its <noscript> opened.
test('the pages as shown without JavaScript pass axe, notice included', async ({ page }) => {
  await page.route(/\/(contacts|search)\?/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[^>]*><\/script>/g, '').replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  for (const [path, notice] of [
    ['/contacts?agency=kisa', /^Search and the agency filter need JavaScript/],
    ['/search?q=kisa', /^Search needs JavaScript/],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(notice)).toBeVisible();
    await expectNoAxeViolations(page, `${path} without JavaScript`, { withApp: false });
  }
});
