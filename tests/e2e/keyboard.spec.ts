import { expect, test } from './fixtures';
import { untilReactOwnsThePage } from './hydration';
import { expectFocusOnNewPage, expectFocusVisible, focusIndicator, tabTo } from './keyboard';
import { pageNamed as route, routes } from './routes';

test('keyboard only: skip link, then the agenda day by day, and an item’s link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The page's first control, Add to calendar, takes focus once the app has enabled it.
  await expect(page.locator('button:disabled')).toHaveCount(0);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab starts inside the page, not back in the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Add the event to your calendar/ })).toBeFocused();

  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }), {
    backwards: true,
  });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/agenda/2023-03-21');
  await expectFocusOnNewPage(page, route('agenda-day-1').heading, route('agenda-day-1').title);

  const dayNav = page.getByRole('navigation', { name: 'Event days' });
  await tabTo(page, dayNav.getByRole('link', { name: /Day 2/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/agenda/2023-03-22');
  await expectFocusOnNewPage(page, route('agenda-day-2').heading, route('agenda-day-2').title);

  await tabTo(page, page.getByRole('link', { name: 'Next day: Day 3' }));
  await page.keyboard.press('Enter');
  await expectFocusOnNewPage(page, route('agenda-day-3').heading, route('agenda-day-3').title);

  await tabTo(page, page.getByRole('link', { name: 'Previous day: Day 2' }));
  await page.keyboard.press('Enter');
  await expectFocusOnNewPage(page, route('agenda-day-2').heading, route('agenda-day-2').title);

  const item = page.getByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await tabTo(page, item.getByRole('heading').getByRole('link', { name: /Enhancing Cyber Security/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  await expect(item).toHaveClass(/agenda-item--highlighted/);
  await expect(item).toBeFocused();
  await expectFocusVisible(page);
  await expect(item).toBeInViewport({ ratio: 0.9 });
  await expect(page).toHaveTitle(route('agenda-day-2').title);
});

test('keyboard only: contacts filtered with Space, typed into, and cleared with Enter and Space', async ({ page }) => {
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const status = page.getByRole('status');
  const kisa = page.getByRole('checkbox', { name: /KISA/ });
  await tabTo(page, kisa);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/contacts?agency=kisa');
  await expect(kisa).toBeChecked();
  await expect(kisa).toBeFocused();

  const nia = page.getByRole('checkbox', { name: /NIA/ });
  await tabTo(page, nia);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/contacts?agency=kisa,nia');
  await expect(nia).toBeFocused();
  await expect(status).toHaveText('Showing 4 of 10 contacts');

  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await tabTo(page, search, { backwards: true });
  await page.keyboard.type('lim');
  await expect(page).toHaveURL('/contacts?agency=kisa,nia&q=lim');
  await expect(search).toBeFocused();
  await expect(status).toHaveText('Showing 1 of 10 contacts');

  // Enter in the search field does not reload the page or lose the filter.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/contacts?agency=kisa,nia&q=lim');
  await expect(search).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Clear filters' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/contacts');
  await expect(status).toHaveText('Showing all 10 contacts');
  await expect(search).toBeFocused();
  await expectFocusVisible(page);

  // The same with Space, from the empty result's own button.
  await page.keyboard.type('nobody by this name');
  await expect(page.getByRole('heading', { name: 'No contacts match' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Clear filters' }).last());
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/contacts');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
});

test('keyboard only: the MoU’s links lead to the signing and to MSIT’s contacts', async ({ page }) => {
  await page.goto('/mou');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'The signing, Day 1' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/agenda/2023-03-21#mou-signing');
  // A link to an item on another page focuses that item, not the page's heading, and keeps it in view.
  const signing = page.getByRole('article', { name: /Signing of the MoU/ });
  await expect(signing).toHaveClass(/agenda-item--highlighted/);
  await expect(signing).toBeFocused();
  await expectFocusVisible(page);
  await expect(signing).toBeInViewport({ ratio: 0.9 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(page).toHaveTitle(route('agenda-day-1').title);

  await tabTo(page, signing.getByRole('link', { name: 'Read the MoU' }));
  await page.keyboard.press('Enter');
  await expectFocusOnNewPage(page, route('mou').heading, route('mou').title);

  await tabTo(page, page.getByRole('link', { name: 'Contacts at MSIT' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/contacts?agency=msit');
  await expectFocusOnNewPage(page, route('contacts').heading, route('contacts').title);
  await expect(page.getByRole('checkbox', { name: /MSIT/ })).toBeChecked();
});

for (const { name, url } of routes) {
  test(`keyboard only: Tab and Shift+Tab reach every control on ${name}, with focus always visible`, async ({
    page,
  }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Count and tab once the app owns the page: the 404 page is rendered afresh, not hydrated,
    // so tabbing before then can lose focus with the page it replaces.
    await untilReactOwnsThePage(page);
    // Prerendered controls stay disabled until the app hydrates; count them once they can take focus.
    await expect(page.locator('button:disabled, input:disabled')).toHaveCount(0);
    // Controls the layout shows: at this width the header's phone toggles are not drawn.
    const controls = await page
      .locator('a[href], button, input, select, textarea, [tabindex="0"]')
      .filter({ visible: true })
      .count();
    // Each stop by its place in the document and its text, so two identical links stay apart.
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        const place = [...document.body.querySelectorAll('*')].indexOf(element as Element);
        return `${place}: ${element?.tagName.toLowerCase()} ${element?.textContent?.trim().slice(0, 60)}`;
      });

    // Forward from the top until focus leaves the page.
    const forward: string[] = [];
    for (let press = 0; press <= controls; press += 1) {
      await page.keyboard.press('Tab');
      if ((await focusIndicator(page)) === null) break;
      await expectFocusVisible(page);
      forward.push(await focused());
    }
    expect(forward).toHaveLength(controls);
    expect(new Set(forward).size).toBe(controls);

    // And back again, through the same stops in reverse.
    const backward: string[] = [];
    for (let press = 0; press < controls; press += 1) {
      await page.keyboard.press('Shift+Tab');
      await expectFocusVisible(page);
      backward.push(await focused());
    }
    expect(backward).toEqual([...forward].reverse());
  });
}
