import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// What a phone shows on its first screen, and the controls the redesign folds
// into it: the compact header with its Menu and Search, the directory's filter
// bar, one Copy link per item and per contact, and a visible edge on every
// button in forced colours.

const phone = { width: 375, height: 667 };

const dayPages = [
  { url: '/agenda/2023-03-21', label: 'Day 1' },
  { url: '/agenda/2023-03-22', label: 'Day 2' },
  { url: '/agenda/2023-03-23', label: 'Day 3' },
];

/** Waits until the app has hydrated the prerendered page: its controls are disabled until then. */
async function waitForHydration(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('button:disabled')).toHaveCount(0);
}

function headerParts(page: Page) {
  const banner = page.getByRole('banner');
  return {
    banner,
    name: banner.getByRole('link', { name: 'Korea Digital Days' }),
    // The search form has a submit button named "Search" too: the toggle is the one that controls a panel.
    search: banner.getByRole('button', { name: 'Search', exact: true }).and(page.locator('[aria-controls]')),
    menu: banner.getByRole('button', { name: 'Menu', exact: true }),
    nav: page.getByRole('navigation', { name: 'Main', includeHidden: true }),
    field: banner.getByRole('searchbox', { name: 'Search this site' }),
  };
}

const navLinks = ['Overview', 'Agenda', 'MoU', 'Contacts', 'Agencies'];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'laid out').not.toBeNull();
  return found ?? { x: 0, y: 0, width: 0, height: 0 };
}

test.describe('the first screen of a phone (375 × 667), opened cold', () => {
  test.use({ viewport: phone });

  test('a filtered directory shows its first matching contact', async ({ page }) => {
    await page.goto('/contacts?agency=kisa,nia');
    await waitForHydration(page);
    const firstCard = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4 }) })
      .first();
    const heading = firstCard.getByRole('heading', { level: 4 });
    await expect(heading).toHaveText('Song Hye-in');
    await expect(heading).toBeInViewport();
  });

  for (const { url, label } of dayPages) {
    test(`${label} shows its first item’s heading (${url})`, async ({ page }) => {
      await page.goto(url);
      await waitForHydration(page);
      const firstHeading = page.getByRole('article').first().getByRole('heading', { level: 2 });
      await expect(firstHeading).toBeVisible();
      await expect(firstHeading).toBeInViewport();
    });
  }
});

test.describe('the phone header', () => {
  for (const width of [320, 340, 360, 375, 390, 414]) {
    test(`is at most 64 px tall at ${width} px, with the name, Search and Menu on one row`, async ({ page }) => {
      await page.setViewportSize({ width, height: 667 });
      await page.goto('/');
      await waitForHydration(page);
      const { banner, name, search, menu } = headerParts(page);
      const height = (await box(banner)).height;
      expect(height, `header height at ${width} px`).toBeLessThanOrEqual(64);

      const boxes = [await box(name), await box(search), await box(menu)];
      // One row: the three boxes share a vertical band.
      const bandTop = Math.max(...boxes.map((each) => each.y));
      const bandBottom = Math.min(...boxes.map((each) => each.y + each.height));
      expect(bandTop, `name, Search and Menu overlap vertically at ${width} px`).toBeLessThan(bandBottom);
    });
  }
});

test.describe('the phone menu and search (375 px)', () => {
  test.use({ viewport: phone });

  test('Menu shows the nav’s links, Escape closes it and returns focus to Menu', async ({ page }) => {
    await page.goto('/agenda/2023-03-21');
    await waitForHydration(page);
    const { menu, nav } = headerParts(page);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toHaveAttribute('aria-controls', 'site-menu');
    for (const name of navLinks) {
      await expect(nav.getByRole('link', { name, exact: true, includeHidden: true })).toBeHidden();
    }

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const name of navLinks) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    }

    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Contacts', includeHidden: true })).toBeHidden();
  });

  test('following a link from the menu navigates and closes it', async ({ page }) => {
    await page.goto('/agenda/2023-03-21');
    await waitForHydration(page);
    const { menu, nav } = headerParts(page);
    await menu.click();
    await nav.getByRole('link', { name: 'Contacts' }).click();
    await expect(page).toHaveURL(/\/contacts$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Contacts', includeHidden: true })).toBeHidden();
  });

  test('Search opens the search field and focuses it; Enter searches', async ({ page }) => {
    await page.goto('/agenda/2023-03-21');
    await waitForHydration(page);
    const { search, field } = headerParts(page);
    await expect(search).toHaveAttribute('aria-controls', 'site-search');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await expect(field).toBeHidden();

    await search.click();
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();

    await page.keyboard.type('cyber');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=cyber$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('nothing folds: the nav’s links and the search field are shown, from the HTML', async ({ page, request }) => {
      const html = await (await request.get('/agenda/2023-03-21')).text();
      expect(html).toContain('id="site-menu"');
      expect(html).toContain('aria-label="Main"');

      await page.goto('/agenda/2023-03-21');
      const { nav, field } = headerParts(page);
      for (const name of navLinks) {
        await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      }
      await expect(field).toBeVisible();
    });
  });
});

test.describe('the directory’s filter bar', () => {
  test('at 375 px it names the filter, opens the panel, and Clear empties the filter', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/contacts?agency=kisa,nia');
    await waitForHydration(page);
    const filters = page.getByRole('button', { name: /^Filters/ });
    await expect(filters).toHaveAccessibleName('Filters KISA, NIA · 4 contacts');
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(filters).toHaveAttribute('aria-controls', 'contact-filters');
    const nia = page.getByRole('checkbox', { name: /NIA/, includeHidden: true });
    await expect(nia).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search contacts', includeHidden: true })).toBeHidden();

    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(nia).toBeVisible();
    await expect(nia).toBeChecked();
    await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toBeVisible();

    await nia.uncheck();
    await expect(page).toHaveURL(/\/contacts\?agency=kisa$/);
    await expect(filters).toHaveAccessibleName('Filters KISA · 2 contacts');

    await page.keyboard.press('Escape');
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(filters).toBeFocused();
    await expect(nia).toBeHidden();

    const clear = page.getByRole('button', { name: 'Clear filters' });
    await expect(clear).toHaveCount(1);
    await expect(clear).toHaveText('Clear filters');
    await clear.click();
    await expect(page).toHaveURL(/\/contacts$/);
    await expect(filters).toHaveAccessibleName('Filters All agencies · 10 contacts');
    await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  });

  test('at 1280 px the bar is hidden and the filters sit beside the list', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/contacts?agency=kisa,nia');
    await waitForHydration(page);
    await expect(page.getByRole('button', { name: /^Filters/, includeHidden: true })).toBeHidden();
    for (const name of [/KISA/, /NIA/, /NIPA/]) {
      await expect(page.getByRole('checkbox', { name })).toBeVisible();
    }
    await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toBeVisible();
  });
});

test.describe('one share control per item and per contact', () => {
  for (const { url, label } of dayPages) {
    test(`each item on ${label} has one Copy link and no “Link to this item”; the day has its own`, async ({
      page,
    }) => {
      await page.goto(url);
      await waitForHydration(page);
      const articles = page.getByRole('article');
      const count = await articles.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index += 1) {
        const article = articles.nth(index);
        const heading = (await article.getByRole('heading').first().textContent()) ?? '';
        await expect(article.getByRole('button', { name: /^Copy link/ }), heading).toHaveCount(1);
        await expect(article.getByRole('button', { name: `Copy link to ${heading}` }), heading).toHaveCount(1);
        await expect(article.getByRole('link', { name: /Link to this item/ }), heading).toHaveCount(0);
        await expect(article.getByRole('link', { name: heading, exact: true }), heading).toHaveAttribute(
          'href',
          /#[a-z0-9-]+$/,
        );
      }
      await expect(page.getByRole('link', { name: /Link to this item/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: `Copy link to ${label}`, exact: true })).toHaveCount(1);
    });
  }

  test('each contact card has one Copy link, one tel: link, and its number once in each form', async ({ page }) => {
    await page.goto('/contacts');
    await waitForHydration(page);
    const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) });
    await expect(cards).toHaveCount(10);
    for (let index = 0; index < 10; index += 1) {
      const card = cards.nth(index);
      const name = (await card.getByRole('heading', { level: 4 }).textContent()) ?? '';
      await expect(card.getByRole('button', { name: /^Copy link/ }), name).toHaveCount(1);
      const tel = card.locator('a[href^="tel:"]');
      await expect(tel, name).toHaveCount(1);
      await expect(tel, name).toHaveAccessibleName(new RegExp(`^Call ${name} on \\+82 \\d`));
      const href = (await tel.getAttribute('href')) ?? '';
      // tel:+82-44-202-6270 → international "+82 44-202-6270", domestic "044-202-6270".
      const national = href.replace('tel:+82-', '');
      const text = (await card.textContent()) ?? '';
      const occurrences = (needle: string) => text.split(needle).length - 1;
      expect(occurrences(`+82 ${national}`), `${name}: international form`).toBe(1);
      expect(occurrences(`0${national}`), `${name}: domestic form`).toBe(1);
      await expect(card.getByText(`in Korea 0${national}`), name).toBeVisible();
      await expect(card.getByRole('button', { name: /^Download contact/ }), name).toHaveCount(1);
    }
  });
});

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });

  for (const url of ['/contacts', '/agenda/2023-03-21']) {
    for (const viewport of [phone, { width: 1280, height: 800 }]) {
      test(`every visible button on ${url} has a border at ${viewport.width} px`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ forcedColors: 'active' });
        await page.goto(url);
        await waitForHydration(page);
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
        const buttons = await page.evaluate(() =>
          [...document.querySelectorAll('button')]
            .filter((button) => button.checkVisibility())
            .map((button) => {
              const style = getComputedStyle(button);
              return {
                name: (button.textContent ?? '').trim().replace(/\s+/g, ' '),
                border: `${style.borderTopWidth} ${style.borderTopStyle}`,
                shows: parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none',
              };
            }),
        );
        expect(buttons.length).toBeGreaterThan(0);
        expect(buttons.filter((button) => !button.shows)).toEqual([]);
      });
    }
  }
});
