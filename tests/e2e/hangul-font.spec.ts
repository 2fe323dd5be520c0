import type { Page } from '@playwright/test';
import { subPathURL } from '../../playwright.config';
import { expect, test } from './fixtures';

/** The fonts Chromium drew the text of `selector` with, as its DevTools report them. */
async function platformFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

async function expectHangulFace(
  page: Page,
  path: string,
  selector: string,
  { family = 'KDD Hangul', after }: { family?: string; after?: string } = {},
) {
  const fontRequests: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(new URL(request.url()).pathname);
  });
  if (after !== undefined) {
    await page.goto(after);
    await page.evaluate(() => document.fonts.ready);
  }
  await page.goto(path);
  await expect(page.locator(selector).first()).toBeVisible();
  const loaded = await page.evaluate(async (face) => {
    await document.fonts.ready;
    return document.fonts.check(`16px "${face}"`, '과');
  }, family);
  expect(loaded).toBe(true);
  // Only the subset face draws the Korean text, and it is a web font, not a system one.
  const fonts = await platformFonts(page, selector);
  expect(
    fonts.map(({ familyName, postScriptName, isCustomFont }) => ({ familyName, postScriptName, isCustomFont })),
  ).toEqual([{ familyName: 'Pretendard GOV', postScriptName: 'PretendardGOV-Regular', isCustomFont: true }]);
  return fontRequests;
}

test('the Korean agency names on /contacts are drawn with the self-hosted Hangul face', async ({ page }) => {
  const requests = await expectHangulFace(page, '/contacts', 'main [lang="ko"]');
  // Regular only: the bold cut waits until bold Hangul is on the page.
  expect(requests).toEqual([expect.stringMatching(/^\/assets\/kdd-hangul-400-[\w-]+\.woff2$/)]);
});

test('an English page whose only Hangul is the language link fetches only the small cut of the names', async ({
  page,
}) => {
  const requests = await expectHangulFace(page, '/mou', 'header [lang="ko"]');
  expect(requests).toEqual([expect.stringMatching(/^\/assets\/kdd-hangul-400-[\w-]+\.woff2$/)]);
});

test('a Korean page draws its text, headings too, with the regular cut of the whole edition', async ({ page }) => {
  // The edition's face is font-display: optional: a page draws with it when it is at hand as the page first paints,
  // as it is once a Korean page has loaded it; a first load too slow for it keeps the system's Hangul rather than
  // swap late (a busy CI machine can be that slow). So the page is opened after another Korean page.
  // The current section in the menu, 양해각서: bold, and Hangul alone (a space would come from the system stack).
  const requests = await expectHangulFace(page, '/ko/mou', '.site-nav a[aria-current="page"]', {
    family: 'KDD Hangul Korean',
    after: '/ko/',
  });
  // Bold Hangul is the regular cut emboldened by the browser: one file, within the font budget.
  expect([...new Set(requests)]).toEqual([expect.stringMatching(/^\/assets\/kdd-hangul-ko-400-[\w-]+\.woff2$/)]);
});

test('search results mark Korean matches in the bold cut', async ({ page }) => {
  await page.goto('/search?q=과학');
  const mark = page.locator('[lang="ko"] mark').first();
  await expect(mark).toHaveText('과학');
  await page.evaluate(() => document.fonts.ready);
  const fonts = await platformFonts(page, '[lang="ko"] mark');
  expect(fonts.map(({ postScriptName, isCustomFont }) => ({ postScriptName, isCustomFont }))).toEqual([
    { postScriptName: 'PretendardGOV-Bold', isCustomFont: true },
  ]);
});

test('the font ships with its licence, the SIL Open Font License', async ({ request }) => {
  const response = await request.get('/kdd-hangul-OFL.txt');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('SIL OPEN FONT LICENSE Version 1.1');
});

test.describe('under a sub-path', () => {
  test.use({ baseURL: subPathURL });

  test('the inlined @font-face finds its font under the base path', async ({ page }) => {
    const requests = await expectHangulFace(page, 'agencies/kisa', '[lang="ko"]');
    expect(requests).toEqual([expect.stringMatching(/^\/some\/sub\/path\/assets\/kdd-hangul-400-[\w-]+\.woff2$/)]);
  });
});
