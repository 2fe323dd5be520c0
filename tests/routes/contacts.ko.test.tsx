import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { captureDownloads } from '../captureDownloads';
import { englishOutsideQuotes } from '../englishOutsideQuotes';
import { renderLoadedRoute, renderRoute } from '../renderRoute';

// The address bar's URL, with the /ko/ prefix that the router's own location leaves out.
const addressOf = ({ location }: ReturnType<typeof renderRoute>['history']) => `${location.pathname}${location.search}`;

const contactNames = () => screen.queryAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

test('the Korean directory is in Korean, with names, titles and teams quoted in English', async () => {
  renderRoute('/ko/contacts');
  expect(await screen.findByRole('heading', { level: 1, name: '연락처' })).toBeVisible();
  expect(screen.getByRole('status')).toHaveTextContent('연락처 10명을 모두 표시합니다');
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    '정부',
    '산하기관',
  ]);
  expect(screen.getByRole('heading', { level: 3, name: '한국인터넷진흥원 (KISA)' })).toBeVisible();
  expect(screen.getByRole('searchbox', { name: '연락처 검색' })).toBeVisible();
  expect(screen.getByRole('group', { name: '기관' })).toBeVisible();
  expect(screen.getByRole('checkbox', { name: 'KISA 한국인터넷진흥원' })).not.toBeChecked();

  const song = screen.getByRole('heading', { level: 4, name: 'Song Hye-in' });
  expect(song.querySelector('[lang="en"]')).toHaveTextContent('Song Hye-in');
  const card = song.closest('li') as HTMLElement;
  expect(within(card).getByText('Team Leader')).toHaveAttribute('lang', 'en');
  expect(card).toHaveTextContent('Team Leader (번역: 팀장)');
  expect(within(card).getByText('Global Cooperation Team')).toHaveAttribute('lang', 'en');
  expect(card).toHaveTextContent('Global Cooperation Team (번역: 글로벌협력팀)');
  expect(within(card).getByText('책임자')).toHaveClass('badge');
  expect(within(card).getByRole('link', { name: 'Song Hye-in에게 전화: +82 61-820-1835' })).toHaveAttribute(
    'href',
    'tel:+82-61-820-1835',
  );
  expect(card).toHaveTextContent('한국에서 061-820-1835');
  expect(within(card).getByRole('button', { name: '연락처 내려받기: Song Hye-in' })).toBeVisible();

  expect(englishOutsideQuotes(screen.getByRole('main'))).toEqual([]);
  await waitFor(() => expect(document.title).toMatch(/^연락처 · /));
});

test('filtering in Korean: the status, the bar and the links stay in Korean and under /ko/', async () => {
  const { user, history } = renderRoute('/ko/contacts');
  await user.click(await screen.findByRole('checkbox', { name: /KISA/ }));
  await waitFor(() => expect(addressOf(history)).toBe('/ko/contacts?agency=kisa'));
  expect(contactNames()).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(screen.getByRole('status')).toHaveTextContent('연락처 10명 중 2명을 표시합니다');
  expect(screen.getByRole('button', { name: /^필터 KISA · 2명$/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'KISA 연락처 링크 복사' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '표시된 연락처 2명 내려받기' })).toBeInTheDocument();
  expect(screen.getAllByRole('button', { name: '필터 초기화' }).length).toBeGreaterThan(0);
});

test('searching in Korean finds an agency by its Korean name, and contacts by Korean roles and glosses', async () => {
  const { user, history } = renderRoute('/ko/contacts');
  const field = await screen.findByRole('searchbox', { name: '연락처 검색' });
  await user.type(field, '인터넷진흥원');
  await waitFor(() => expect(addressOf(history)).toBe(`/ko/contacts?q=${encodeURIComponent('인터넷진흥원')}`));
  expect(contactNames()).toEqual(['Song Hye-in', 'Lim Minjee']);

  await user.clear(field);
  await user.type(field, '담당자 데이터');
  await waitFor(() => expect(contactNames()).toEqual(['Lee Junho']));

  await user.clear(field);
  await user.type(field, '팀장');
  await waitFor(() => expect(contactNames()).toEqual(['Yum ChangYeol', 'Kim Byungkon', 'Song Hye-in', 'Yang Hyunsoo']));

  // The English names, titles and numbers still find their contacts.
  await user.clear(field);
  await user.type(field, 'senior manager');
  await waitFor(() => expect(contactNames()).toEqual(['Oh Daehoon']));
  await user.clear(field);
  await user.type(field, '+82 61 820 1835');
  await waitFor(() => expect(contactNames()).toEqual(['Song Hye-in']));
});

test('no match and unknown agencies are said in Korean', async () => {
  await renderLoadedRoute('/ko/contacts?agency=kisa,unesco&q=zzzz');
  expect(await screen.findByRole('heading', { level: 2, name: '일치하는 연락처가 없습니다' })).toBeVisible();
  expect(
    await screen.findByText(
      '이 링크에 알 수 없는 기관이 있어 제외했습니다: “unesco”. 알려진 기관: MSIT, NIPA, K-Data, KISA, NIA.',
    ),
  ).toBeVisible();
});

test('a card downloaded from a Korean page is the same English vCard as from the English one', async () => {
  const downloads = captureDownloads();
  const { user } = renderRoute('/ko/contacts');
  await user.click(await screen.findByRole('button', { name: '연락처 내려받기: Lim Minjee' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.filename).toBe('lim-minjee.vcf');
  const vcf = (await downloads[0]?.text()) ?? '';
  expect(vcf).toContain('\r\nROLE:Point of contact\r\n');
  expect(vcf).toContain('\r\nORG:Korea Internet and Security Agency;Global Cooperation Team\r\n');
});

test('Copy link on a Korean page copies the Korean address: the filtered view and a contact', async () => {
  const { user } = renderRoute('/ko/contacts?agency=kisa');
  await user.click(await screen.findByRole('button', { name: 'KISA 연락처 링크 복사' }));
  expect(await navigator.clipboard.readText()).toMatch(/\/ko\/contacts\?agency=kisa$/);
  await user.click(screen.getByRole('button', { name: 'Song Hye-in 링크 복사' }));
  expect(await navigator.clipboard.readText()).toMatch(/\/ko\/contacts#song-hye-in$/);
});
