import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { currentUrl, renderLoadedRoute, renderRoute } from '../renderRoute';

afterEach(() => {
  window.localStorage.clear();
});

const groupHeadings = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
const marks = (element: HTMLElement) => [...element.querySelectorAll('mark')].map((mark) => mark.textContent);
const search = (query: string) => `/ko/search?q=${encodeURIComponent(query)}`;

test('the Korean search page speaks Korean, with the count in Korean', async () => {
  const { router } = renderRoute('/ko/search?q=kisa');
  expect(await screen.findByRole('heading', { level: 1, name: '검색' })).toBeVisible();
  expect(screen.getByRole('search', { name: '검색 페이지' })).toBeInTheDocument();
  expect(screen.getByRole('searchbox', { name: '일정, 발표자, 기관, 연락처, 양해각서 협력 분야 검색' })).toHaveValue(
    'kisa',
  );
  expect(screen.getByRole('status')).toHaveTextContent('“kisa” 검색 결과 5건');
  expect(groupHeadings()).toEqual(['일정 항목 (1)', '발표자 (1)', '기관 (1)', '연락처 (2)']);
  expect(
    screen.getByRole('checkbox', { name: '단축키: 어느 페이지에서나 / 키를 누르면 검색창으로 이동합니다' }),
  ).toBeChecked();
  await waitFor(() => expect(document.title).toMatch(/^검색: kisa/));
  expect(currentUrl(router)).toBe('/search?q=kisa');
});

test('“인터넷진흥원” finds KISA by its Korean name, marked in the Hangul', async () => {
  renderRoute(search('인터넷진흥원'));
  const agencies = await screen.findByRole('region', { name: '기관 (1)' });
  const kisa = within(agencies).getByRole('link', { name: '한국인터넷진흥원(KISA)' });
  expect(kisa).toHaveAttribute('href', '/ko/agencies/kisa');
  expect(marks(kisa)).toEqual(['인터넷진흥원']);
  // The English name is quoted, marked as English.
  const english = within(agencies).getByText('Korea Internet and Security Agency');
  expect(english.closest('[lang]')).toHaveAttribute('lang', 'en');
});

test('“사이버” finds the KISA talk through our Korean summary, its title quoted in English', async () => {
  renderRoute(search('사이버'));
  const agenda = await screen.findByRole('region', { name: '일정 항목 (1)' });
  const talk = within(agenda).getByRole('link', { name: '“Enhancing Cyber Security and Resilience”' });
  expect(talk).toHaveAttribute('href', '/ko/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  expect(talk.querySelector('[lang]')).toHaveAttribute('lang', 'en');
  const summary = within(agenda).getByText((_, element) =>
    element?.tagName === 'P' ? (element.textContent ?? '').startsWith('한국의 사이버 보안 정책') : false,
  );
  expect(summary).not.toHaveAttribute('lang');
  expect(marks(summary)).toEqual(['사이버', '사이버']);
  expect(
    within(agenda).getByText(
      (_, element) =>
        element?.tagName === 'P' && element.textContent === '2일 차, 2023년 3월 22일 (수) · 사이버 보안 발표',
    ),
  ).toBeInTheDocument();
  expect(within(agenda).getByText('Lee Won Tae, President').closest('[lang]')).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('region', { name: '양해각서 협력 분야 (1)' })).toHaveTextContent('사이버 보안');
});

test('a contact keeps their name, title and team in English, with a Korean call label', async () => {
  renderRoute(search('820-1835'));
  const contacts = await screen.findByRole('region', { name: '연락처 (1)' });
  expect(screen.getByRole('status')).toHaveTextContent('“820-1835” 검색 결과 1건');
  const name = within(contacts).getByRole('link', { name: 'Song Hye-in' });
  expect(name).toHaveAttribute('href', '/ko/contacts?q=Song+Hye-in');
  expect(name.querySelector('[lang]')).toHaveAttribute('lang', 'en');
  expect(within(contacts).getByRole('link', { name: '전화 걸기: Song Hye-in, +82 61-820-1835' })).toHaveAttribute(
    'href',
    'tel:+82-61-820-1835',
  );
  expect(within(contacts).getByText('Global Cooperation Team')).toHaveAttribute('lang', 'en');
  expect(within(contacts).getByText('한국인터넷진흥원(KISA)')).not.toHaveAttribute('lang');
  expect(within(contacts).getByText(/^기관 페이지:/)).toBeInTheDocument();
});

test('no results, suggestions and query problems are said in Korean', async () => {
  const { unmount } = renderRoute(search('사이버 얼룩말'));
  expect(
    await screen.findByRole('heading', { level: 2, name: '“사이버 얼룩말”에 일치하는 결과가 없습니다' }),
  ).toBeVisible();
  expect(screen.getByRole('status')).toHaveTextContent('“사이버 얼룩말” 검색 결과 없음');
  expect(screen.getByRole('link', { name: /^“사이버”, \d+건$/ })).toHaveAttribute(
    'href',
    `/ko/search?q=${encodeURIComponent('사이버')}`,
  );
  expect(screen.getByText('또는 다음 검색어로 찾아보세요:')).toBeVisible();
  unmount();

  const empty = renderRoute('/ko/search');
  expect(await screen.findByText('다음 검색어로 찾아보세요:')).toBeVisible();
  expect(screen.getByRole('link', { name: '사이버 보안' })).toHaveAttribute(
    'href',
    `/ko/search?q=${encodeURIComponent('사이버 보안').replaceAll('%20', '+')}`,
  );
  empty.unmount();

  for (const [query, message] of [
    ['%', '“%”에는 검색할 글자나 숫자가 없습니다'],
    ['k', '로마자나 숫자는 두 자 이상 입력해야 검색할 수 있습니다'],
  ] as const) {
    const { unmount } = renderRoute(search(query));
    expect(await screen.findByRole('status'), query).toHaveTextContent(message);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(message);
    unmount();
  }
});

test('one Hangul syllable is searched', async () => {
  renderRoute(search('넷'));
  expect(await screen.findByRole('status')).toHaveTextContent(/검색 결과 \d+건/);
});

test('the link notices are in Korean', async () => {
  const repeated = await renderLoadedRoute('/ko/search?q=cyber&q=kisa');
  expect(await screen.findByRole('note')).toHaveTextContent('이 링크에는 “q” 값이 여러 개 있어 하나로 합쳤습니다.');
  await waitFor(() => expect(currentUrl(repeated.router)).toBe('/search?q=cyber+kisa'));
  repeated.unmount();

  renderRoute('/ko/search?q=kisa&utm_source=mail');
  expect(await screen.findByRole('note')).toHaveTextContent(
    '이 링크에는 검색 페이지에서 쓰지 않는 부분이 있어 제외했습니다: “utm_source”. 검색 페이지에서 쓰는 부분은 “q”입니다.',
  );
});

// Latin words a Korean page may show outside lang="en": agencies' short names
// and acronyms, which Korean writes in Latin letters too, and the query itself.
const ALLOWED = /\b(MSIT|NIPA|K-Data|KISA|NIA|AI|ICT|HPC|SaaS|ODA|JSON|CSV)\b/g;

/** Latin words in `root` outside any lang="en" element and outside <kbd>. */
function englishOutsideQuotes(root: Element, query: string): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[lang="en"], kbd, noscript')) continue;
    const text = (node.textContent ?? '').replaceAll(query, '').replace(ALLOWED, '');
    found.push(...(text.match(/[A-Za-z]{2,}/g) ?? []));
  }
  return found;
}

test('results show no English of ours outside lang="en": only quoted names, titles and teams', async () => {
  for (const query of ['kisa', '사이버', 'manager', '']) {
    const { unmount } = renderRoute(query ? search(query) : '/ko/search');
    await screen.findByRole('heading', { level: 1, name: '검색' });
    if (query) await screen.findAllByRole('heading', { level: 2 });
    expect(englishOutsideQuotes(screen.getByRole('main'), query), query).toEqual([]);
    unmount();
  }
});

test('our translations of quoted titles follow them, outside lang="en", and are searched', async () => {
  const { unmount } = renderRoute(search('복원력'));
  const agenda = await screen.findByRole('region', { name: '일정 항목 (1)' });
  const heading = within(agenda).getByRole('heading', { level: 3 });
  expect(heading).toHaveTextContent('“Enhancing Cyber Security and Resilience” (번역: 사이버 보안과 복원력 강화)');
  const gloss = within(heading).getByText(/^\s*\(번역:/);
  expect(gloss.closest('[lang]')).toBeNull();
  expect(marks(gloss)).toEqual(['복원력']);
  unmount();

  renderRoute(search('원장'));
  const people = await screen.findByRole('region', { name: '발표자 (4)' });
  expect(within(people).getByRole('link', { name: 'Lee Won Tae' })).toBeInTheDocument();
  expect(within(people).getAllByText('President')[0]).toHaveAttribute('lang', 'en');
});
