import { expect, test } from './fixtures';
import { untilReactOwnsThePage } from './hydration';
import { allPages } from './routes';

// Every page and state, opened cold from a shared English link: the switch
// goes to the same place in Korean (the same day and #item, the same filters
// and query), and back. Unknown pages have no Korean twin to promise.
const switchable = allPages.filter((state) => state.name !== 'not-found' && !state.url.startsWith('/ko'));

for (const state of switchable) {
  test(`the language switch keeps your place: ${state.name} (${state.url})`, async ({ page }) => {
    await page.goto(state.url);
    await untilReactOwnsThePage(page);
    const url = new URL(page.url());
    const here = `${url.pathname}${url.search}${url.hash}`;

    const toKorean = page.getByRole('banner').getByRole('link', { name: '한국어' });
    await expect(toKorean).toHaveAttribute('lang', 'ko');
    await toKorean.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const korean = new URL(page.url());
    expect(`${korean.pathname}${korean.search}${korean.hash}`).toBe(`/ko${here === '/' ? '/' : here}`);
    await untilReactOwnsThePage(page);

    const toEnglish = page.getByRole('banner').getByRole('link', { name: 'English' });
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await toEnglish.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const back = new URL(page.url());
    expect(`${back.pathname}${back.search}${back.hash}`).toBe(here);
  });
}

test('a page loads the catalogues of its own language only', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  for (const [url, own, other] of [
    ['/ko/contacts?agency=kisa', 'ko', 'en'],
    ['/contacts?agency=kisa', 'en', 'ko'],
  ] as const) {
    scripts.length = 0;
    await page.goto(url);
    await untilReactOwnsThePage(page);
    // And on to another page in the app, which loads that page's words: the
    // new page's heading takes focus once they are in, so no request is left
    // in flight to be counted against the next address.
    await page.getByRole('navigation').first().getByRole('link').nth(1).click();
    await expect(page.locator('#content h1')).toBeFocused();
    expect(scripts.filter((path) => new RegExp(`/${own}-\\w+-`).test(path)).length).toBeGreaterThan(0);
    expect(scripts.filter((path) => new RegExp(`/${other}-\\w+-`).test(path))).toEqual([]);
  }
});
