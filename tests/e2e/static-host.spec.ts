import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { subPathURL } from '../../playwright.config';
import { headersFor, parseHeadersFile } from '../../scripts/securityHeaders.mjs';
import { pastedText } from './clipboard';
import { expect, test } from './fixtures';

// The built site served as plain files (playwright.config.ts): every deep link
// must open cold from its own prerendered HTML, with JavaScript on and off.

async function sitemapPaths(request: APIRequestContext, siteUrl: string): Promise<string[]> {
  const response = await request.get(new URL('sitemap.xml', siteUrl).href);
  expect(response.ok()).toBe(true);
  const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  expect(urls.length).toBeGreaterThanOrEqual(13);
  return urls.map((url) => new URL(url).pathname);
}

async function headTags(page: Page) {
  const content = (selector: string) =>
    page.locator(selector).getAttribute(selector.startsWith('link') ? 'href' : 'content');
  return {
    title: await page.title(),
    description: await content('meta[name="description"]'),
    canonical: await content('link[rel="canonical"]'),
    ogTitle: await content('meta[property="og:title"]'),
    ogDescription: await content('meta[property="og:description"]'),
    ogUrl: await content('meta[property="og:url"]'),
    ogType: await content('meta[property="og:type"]'),
    ogImage: await content('meta[property="og:image"]'),
    ogImageAlt: await content('meta[property="og:image:alt"]'),
    twitterImage: await content('meta[name="twitter:image"]'),
    twitterCard: await content('meta[name="twitter:card"]'),
  };
}

async function expectPreviewTags(page: Page, request: APIRequestContext, canonical: string) {
  const tags = await headTags(page);
  expect(tags.title).toMatch(/Korea Digital Days/);
  expect(tags).toMatchObject({
    canonical,
    ogUrl: canonical,
    ogTitle: tags.title,
    ogDescription: tags.description,
    ogType: 'website',
    twitterCard: 'summary_large_image',
  });
  // A sentence or two: Korean says in fewer characters what English says in more.
  expect(tags.description?.length).toBeGreaterThan(new URL(canonical).pathname.includes('/ko/') ? 30 : 60);
  expect(tags.ogImageAlt).toContain(tags.title);
  expect(tags.twitterImage).toBe(tags.ogImage);
  const image = await request.get(tags.ogImage ?? '');
  expect(image.headers()['content-type']).toBe('image/png');
  // The page's own image, 1200 × 630 as its IHDR chunk says.
  expect(new URL(tags.ogImage ?? '').pathname).toMatch(/\/previews\/.+\.png$/);
  const png = await image.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
}

test('every page in the sitemap opens cold with its own title, preview tags and content', async ({
  page,
  request,
  baseURL,
}) => {
  for (const path of await sitemapPaths(request, `${baseURL}/`)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    await expectPreviewTags(page, request, `${baseURL}${path}`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page reads fully from its HTML', async ({ page, request, baseURL }) => {
    for (const path of await sitemapPaths(request, `${baseURL}/`)) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
      await expectPreviewTags(page, request, `${baseURL}${path}`);
    }
    await page.goto('/agenda/2023-03-22');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 2: Wednesday 22 March 2023');
    await expect(page.getByRole('heading', { name: '“Enhancing Cyber Security and Resilience”' })).toBeVisible();
    await page.goto('/mou');
    await expect(page.getByText(/^(In effect until|3-year term ran to) \d+ March 2026$/)).toBeVisible();
  });

  test('the directory shows every contact under its agency, with an index of agencies', async ({ page }) => {
    await page.goto('/contacts');
    await expect(page.getByRole('status')).toHaveText('Showing all 10 contacts');
    await expect(page.locator('.contact-card')).toHaveCount(10);
    // Filtering and copying need JavaScript, so they are off rather than dead.
    await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toBeDisabled();
    await expect(page.getByRole('checkbox', { name: /KISA/ })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Copy link to Song Hye-in' })).toBeDisabled();
    const index = page.getByRole('navigation', { name: 'Jump to an agency:' });
    await expect(index.getByRole('link')).toHaveText(['MSIT', 'NIPA', 'K-Data', 'KISA', 'NIA']);
    await index.getByRole('link', { name: 'KISA' }).click();
    await expect(page).toHaveURL(/#kisa$/);
    await expect(page.getByRole('heading', { name: /Korea Internet and Security Agency \(KISA\)/ })).toBeInViewport();
  });

  test('/agenda leads to the first day, and unknown addresses get the not-found page', async ({ page }) => {
    await page.goto('/agenda');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 1: Tuesday 21 March 2023');
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Agenda, Day 2' })).toHaveAttribute('href', '/agenda/2023-03-22');
  });
});

test('the client hydrates the prerendered HTML, keeping its elements, with no layout shift', async ({ page }) => {
  for (const path of ['/', '/agenda/2023-03-22', '/mou', '/contacts', '/agencies/kisa', '/search']) {
    // Hold the app's script until the prerendered heading has been marked.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'commit' });
    await page.locator('h1').waitFor({ state: 'attached' });
    // The page parsed and laid out before the app starts: a browser may paint a page it has only
    // partly parsed (the day switch with one day in it), which is its progressive rendering, not the app.
    await page.waitForFunction(() => document.readyState !== 'loading');
    await page.evaluate(async () => {
      (window as unknown as { prerenderedH1: Element | null }).prerenderedH1 = document.querySelector('h1');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      performance.mark('app-released');
    });
    release();
    // React marks the DOM nodes it adopts; a fresh render would replace them.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h1 = document.querySelector('h1');
          const adopted = (window as unknown as { prerenderedH1: Element | null }).prerenderedH1 === h1;
          return adopted && Object.keys(h1 ?? {}).some((key) => key.startsWith('__reactFiber'));
        }),
      )
      .toBe(true);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const released = performance.getEntriesByName('app-released')[0]?.startTime ?? 0;
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.startTime >= released) total += (entry as unknown as { value: number }).value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift, `layout shift on ${path}`).toBe(0);
    await page.unroute(/\/assets\/index-[\w-]+\.js$/);
  }
});

test('a filtered view, a day that does not exist, and a trailing slash all open cold', async ({ page }) => {
  await page.goto('/contacts?agency=kisa,nia&q=lim');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 10 contacts');
  await expect(page.getByRole('heading', { name: 'Lim Minjee' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);

  const response = await page.goto('/agenda/2099-01-01');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'No such day' })).toBeVisible();
  await expect(page).toHaveTitle('No such day · Korea Digital Days');

  await page.goto('/mou/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MoU on Digital Development Cooperation');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
});

test('the HTML has no inline script but data blocks (schema.org, formatted text), no style attribute, and robots.txt points to the sitemap', async ({
  request,
  baseURL,
}) => {
  for (const path of [...(await sitemapPaths(request, `${baseURL}/`)), '/404.html', '/agenda/']) {
    const html = await (await request.get(path)).text();
    // A data block (type="application/ld+json" or "application/json") is never run, so it needs no script-src.
    expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)(?! type="application\/(?:ld\+)?json"[ >])[^>]*>/);
    expect(html, path).not.toMatch(/\sstyle=/);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('each page carries schema.org data for what it shows: the event, a person or an agency', async ({
  request,
  baseURL,
}) => {
  const typesByPath: Record<string, string[]> = {};
  for (const path of await sitemapPaths(request, `${baseURL}/`)) {
    const html = await (await request.get(path)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
      (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
    );
    for (const block of blocks) expect(block['@context'], path).toBe('https://schema.org');
    typesByPath[path] = blocks.map((block) => String(block['@type']));
  }
  expect(typesByPath).toMatchObject({
    '/': ['Event'],
    '/agenda/2023-03-22': ['Event'],
    '/people/lee-won-tae': ['Person'],
    '/agencies/kisa': ['GovernmentOrganization'],
    '/mou': [],
    '/people': [],
  });
  // Seven people, on their pages in each language.
  expect(Object.values(typesByPath).filter((types) => types.includes('Person'))).toHaveLength(14);
  expect(typesByPath['/ko/people/lee-won-tae']).toEqual(['Person']);

  const person = await (await request.get('/people/hur-sung-wook')).text();
  const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(person)?.[1] ?? '') as unknown;
  expect(data).toMatchObject({
    name: 'Hur Sung-Wook',
    jobTitle: 'President',
    worksFor: { '@type': 'GovernmentOrganization', name: 'National IT Industry Promotion Agency' },
  });
});

test('every kind of response carries the headers that the site’s _headers gives for its path', async ({
  request,
}, testInfo) => {
  const siteDir = String(testInfo.config.metadata.siteDir);
  const rules = parseHeadersFile(await readFile(join(siteDir, '_headers'), 'utf8'));
  const home = await (await request.get('/')).text();
  const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(home)?.[1] ?? '';
  // A page, a filtered page, a redirect, the not-found page, an asset, an image and a data file:
  // on nginx each takes another path through the configuration.
  for (const path of [
    '/',
    '/contacts?agency=kisa',
    '/mou/',
    '/no/such/page',
    script,
    '/social-card.png',
    '/previews/agenda/2023-03-22.png',
    '/sitemap.xml',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const expected = headersFor(path.split('?')[0] ?? path, rules);
    expect(Object.keys(expected).length, path).toBeGreaterThanOrEqual(9);
    for (const [name, value] of Object.entries(expected)) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${path} (${response.status()})`).toBe(value);
    }
  }
});

test.describe('Copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  const clipboard = (page: Page) => pastedText(page.context());

  test('copies a canonical link to an agenda item that opens to the same item', async ({ page, context, baseURL }) => {
    await page.goto('/agenda/2023-03-22');
    await page.getByRole('button', { name: 'Copy link to “Enhancing Cyber Security and Resilience”' }).click();
    await expect(page.getByText('Link to “Enhancing Cyber Security and Resilience” copied')).toBeVisible();
    const url = await clipboard(page);
    expect(url).toBe(`${baseURL}/agenda/2023-03-22#enhancing-cyber-security-and-resilience`);

    const other = await context.newPage();
    await other.goto(url);
    const item = other.getByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
    await expect(item).toBeInViewport();
    await expect(item).toHaveClass(/agenda-item--highlighted/);
    await other.close();
  });

  test('a click as soon as the button is on copies, on a phone-slow machine too', async ({ page }) => {
    // Slowed 10×, hydration renders for long enough that a button enabled before it commits loses the click.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    await page.goto('/contacts', { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Copy link to Song Hye-in' }).click({ timeout: 30_000 });
    await expect(page.getByText('Link to Song Hye-in copied')).toBeVisible({ timeout: 15_000 });
  });

  test('copies the day, the MoU and a contact', async ({ page, baseURL }) => {
    await page.goto('/agenda/2023-03-21');
    await page.getByRole('button', { name: 'Copy link to Day 1' }).click();
    await expect(page.getByText('Link to Day 1 copied')).toBeVisible();
    expect(await clipboard(page)).toBe(`${baseURL}/agenda/2023-03-21`);

    await page.goto('/mou');
    await page.getByRole('button', { name: 'Copy link to the MoU' }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/mou`);

    await page.goto('/contacts');
    await page.getByRole('button', { name: 'Copy link to Song Hye-in' }).click();
    const url = await clipboard(page);
    expect(url).toBe(`${baseURL}/contacts#song-hye-in`);
    await page.goto('/');
    await page.goto(url);
    await expect(page.locator('#song-hye-in')).toBeInViewport();
  });

  test('copies the filtered directory, which opens to the same view', async ({ page, context, baseURL }) => {
    await page.goto('/contacts');
    await page.getByRole('checkbox', { name: /KISA/ }).check();
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('song');
    await page.getByRole('button', { name: 'Copy link to contacts at KISA matching “song”' }).click();
    await expect(page.getByText('Link to contacts at KISA matching “song” copied')).toBeVisible();
    const url = await clipboard(page);
    expect(url).toBe(`${baseURL}/contacts?agency=kisa&q=song`);

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByRole('status')).toHaveText('Showing 1 of 10 contacts');
    await expect(other.getByRole('checkbox', { name: /KISA/ })).toBeChecked();
    await expect(other.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('song');
    await other.close();
  });

  test('where copying is refused, the link is selected for copying by hand', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
    });
    await page.goto('/agenda/2023-03-22');
    await page.getByRole('button', { name: 'Copy link to Day 2' }).click();
    const field = page.getByRole('textbox', { name: 'Link to Day 2' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`${baseURL}/agenda/2023-03-22`);
    expect(
      await field.evaluate((input: HTMLInputElement) => (input.selectionEnd ?? 0) - (input.selectionStart ?? 0)),
    ).toBe(`${baseURL}/agenda/2023-03-22`.length);
  });
});

test('devices with a share sheet get Share once the page has hydrated', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    navigator.share = async (data) => {
      shared.push(data ?? {});
    };
  });
  await page.goto('/mou');
  await page.getByRole('button', { name: 'Share link to the MoU' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
    { title: 'The MoU · Korea Digital Days', url: `${baseURL}/mou` },
  ]);
});

test.describe('under a sub-path', () => {
  test.use({ baseURL: subPathURL });

  test('every page, asset and link stays under the sub-path', async ({ page, request }) => {
    const paths = await sitemapPaths(request, subPathURL);
    for (const path of paths) expect(path.startsWith('/some/sub/path/')).toBe(true);
    for (const path of paths) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
      await expectPreviewTags(page, request, new URL(path, subPathURL).href);
    }
    await page.goto('agenda/2023-03-22');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/some/sub/path/favicon.svg');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
    await expect(page).toHaveURL(`${subPathURL}contacts`);
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeFocused();
    await page.getByRole('checkbox', { name: /NIA/ }).check();
    await expect(page).toHaveURL(`${subPathURL}contacts?agency=nia`);
  });

  test('a host’s redirect to the trailing slash opens the same view, and leaves focus alone', async ({ page }) => {
    const response = await page.goto('contacts?agency=kisa');
    expect(response?.request().redirectedFrom()?.url()).toBe(`${subPathURL}contacts?agency=kisa`);
    await expect(page).toHaveURL(`${subPathURL}contacts?agency=kisa`);
    await expect(page.getByRole('status')).toHaveText('Showing 2 of 10 contacts');
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
  });

  test('copied links carry the sub-path', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('mou');
    await page.getByRole('button', { name: 'Copy link to the MoU' }).click();
    await expect(page.getByText('Link to the MoU copied')).toBeVisible();
    expect(await pastedText(context)).toBe(`${subPathURL}mou`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('pages read fully and /agenda leads to the first day', async ({ page }) => {
      await page.goto('agenda');
      await expect(page).toHaveURL(`${subPathURL}agenda/2023-03-21/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 1: Tuesday 21 March 2023');
      await page.getByRole('link', { name: /Day 3/ }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 3: Thursday 23 March 2023');
      const response = await page.goto('nowhere');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('link', { name: 'The MoU' })).toHaveAttribute('href', '/some/sub/path/mou');
      await page.getByRole('searchbox', { name: 'Search this site' }).fill('kisa');
      await page.getByRole('searchbox', { name: 'Search this site' }).press('Enter');
      await expect(page).toHaveURL(`${subPathURL}search/?q=kisa`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
});
