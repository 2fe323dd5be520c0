import { expect, test } from './fixtures';
import { untilReactOwnsThePage } from './hydration';

// The Korean edition as a Korean-reading visitor meets it: from shared /ko/
// links, opened cold, through the programme to a speaker and whom to call,
// searching in Korean, and past hostile addresses back to the overview.

test('from the Korean overview to a day, a speaker, and their agency’s contacts', async ({ page }) => {
  await page.goto('/ko/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '일정' }).click();
  await expect(page).toHaveURL('/ko/agenda/2023-03-21');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1일 차: 2023년 3월 21일 (화)');

  await page
    .getByRole('navigation', { name: /날/ })
    .first()
    .getByRole('link', { name: /2일 차/ })
    .click();
  await expect(page).toHaveURL('/ko/agenda/2023-03-22');
  const talk = page.getByRole('article', { name: /Enhancing Cyber Security and Resilience/ });
  await expect(talk.getByText('Enhancing Cyber Security and Resilience', { exact: false }).first()).toHaveAttribute(
    'lang',
    'en',
  );
  await talk.getByRole('link', { name: 'Lee Won Tae' }).click();
  await expect(page).toHaveURL('/ko/people/lee-won-tae');
  await expect(page.getByRole('heading', { level: 1, name: 'Lee Won Tae' })).toBeVisible();

  await page.getByRole('link', { name: '연락처 목록에서 KISA 보기' }).click();
  await expect(page).toHaveURL(/\/ko\/contacts\?agency=kisa/);
  await expect(page.getByRole('checkbox', { name: /KISA/ })).toBeChecked();
  await expect(page.getByRole('heading', { level: 4, name: 'Song Hye-in' })).toBeVisible();
});

test('searching in Korean finds an agency by its Korean name and a talk by our summary', async ({ page }) => {
  await page.goto('/ko/search?q=인터넷진흥원');
  await untilReactOwnsThePage(page);
  await expect(page.getByRole('link', { name: /한국인터넷진흥원/ }).first()).toBeVisible();

  const field = page.getByRole('searchbox').last();
  await field.fill('사이버');
  await expect(page).toHaveURL(/\/ko\/search\?q=%EC%82%AC%EC%9D%B4%EB%B2%84|\/ko\/search\?q=사이버/);
  await expect(page.getByRole('link', { name: /Enhancing Cyber Security and Resilience/ }).first()).toBeVisible();
  await expect(page.locator('mark').filter({ hasText: '사이버' }).first()).toBeVisible();
});

test('/ focuses the Korean site search', async ({ page }) => {
  await page.goto('/ko/mou');
  await untilReactOwnsThePage(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: '사이트 검색' })).toBeFocused();
});

const hostile = [
  { url: '/ko/agenda/%3Cscript%3Ealert(1)%3C%2Fscript%3E', heading: '해당 날짜가 없습니다' },
  { url: '/ko/people/lee-jong-ho', heading: '해당 발표자가 없습니다' },
  { url: '/ko/agencies/unesco', heading: '해당 기관이 없습니다' },
  { url: '/ko/%E0%A4%A', heading: '페이지를 찾을 수 없습니다' },
  { url: `/ko/${'long-'.repeat(400)}`, heading: '페이지를 찾을 수 없습니다' },
];

for (const { url, heading } of hostile) {
  test(`${url.slice(0, 40)} explains itself in Korean, with a way back`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await untilReactOwnsThePage(page);
    await page.getByRole('main').getByRole('link', { name: '행사 개요' }).click();
    await expect(page).toHaveURL('/ko/');
    await expect(page.getByRole('heading', { level: 1, name: 'Korea Digital Days' })).toBeFocused();
  });
}

test('a script in a Korean directory link is shown as text in a notice, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/ko/contacts?agency=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await untilReactOwnsThePage(page);
  await expect(page.getByRole('note').first()).toContainText('<script>');
  await expect(page).toHaveURL('/ko/contacts');
  expect(dialogs).toBe(0);
});

test('a slip in a Korean address lands on the page', async ({ page }) => {
  await page.goto('/ko/Contacts');
  await expect(page).toHaveURL('/ko/contacts');
  await expect(page.getByRole('heading', { level: 1, name: '연락처' })).toBeVisible();
});
