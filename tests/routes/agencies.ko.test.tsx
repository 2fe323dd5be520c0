import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { englishOutsideQuotes } from '../englishOutsideQuotes';
import { renderRoute } from '../renderRoute';

test('KISA’s Korean page: its Korean name, its talk on its day, its contacts and its MoU area, in Korean', async () => {
  renderRoute('/ko/agencies/kisa');
  expect(await screen.findByRole('heading', { level: 1, name: '한국인터넷진흥원' })).toBeVisible();
  const facts = screen.getByRole('region', { name: 'KISA 한눈에 보기' });
  expect(within(facts).getByText('영문 이름').nextElementSibling).toHaveAttribute('lang', 'en');
  expect(facts).toHaveTextContent('Korea Internet and Security Agency');
  expect(facts).toHaveTextContent('분류산하기관');

  const programme = screen.getByRole('region', { name: 'Korea Digital Days에서' });
  expect(within(programme).getByText('Korea Digital Days')).toHaveAttribute('lang', 'en');
  expect(within(programme).getByText('발표')).toHaveClass('badge');
  expect(programme).toHaveTextContent('2일 차, 2023년 3월 22일 (수)');
  expect(within(programme).getByRole('link', { name: 'Lee Won Tae' })).toHaveAttribute('lang', 'en');
  expect(programme).toHaveTextContent('President (번역: 원장)');

  const contacts = screen.getByRole('region', { name: '연락처' });
  expect(
    within(contacts)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent),
  ).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(within(contacts).getByRole('button', { name: 'KISA 연락처 2명 내려받기' })).toBeInTheDocument();
  expect(within(contacts).getByRole('link', { name: '연락처 목록에서 KISA 보기' })).toHaveAttribute(
    'href',
    '/ko/contacts?agency=kisa',
  );

  const areas = screen.getByRole('region', { name: '업무 관련 양해각서 협력 분야' });
  expect(areas).toHaveTextContent('양해각서는 협력 분야 9개를 명시합니다.');
  expect(within(areas).getByRole('term')).toHaveTextContent('사이버 보안');
  expect(within(areas).getByRole('link', { name: '해당 발표, 2일 차' })).toHaveAttribute(
    'href',
    '/ko/agenda/2023-03-22#enhancing-cyber-security-and-resilience',
  );
  expect(screen.getByRole('link', { name: '한국데이터산업진흥원 (K-Data)' })).toHaveAttribute(
    'href',
    '/ko/agencies/k-data',
  );
  // Our summaries of the talks are the agenda's to translate; until then they are marked as English.
  expect(englishOutsideQuotes(screen.getByRole('main'))).toEqual([]);
  await waitFor(() => expect(document.title).toMatch(/^KISA, 한국인터넷진흥원 · /));
});

test('MSIT’s Korean page says when and with whom it signed the MoU, with the date in Korean', async () => {
  renderRoute('/ko/agencies/msit');
  const facts = await screen.findByRole('region', { name: 'MSIT 한눈에 보기' });
  expect(facts).toHaveTextContent('양해각서2023년 3월 21일 서명(상대: 세계은행)');
  expect(screen.getByRole('region', { name: '업무 관련 양해각서 협력 분야' })).toHaveTextContent(
    '다만 MSIT의 경우 양해각서의 당사자이므로 협력 분야 9개 모두를 상대 당사자(세계은행)와 공동 관심 분야로 공유합니다.',
  );
});

test('/ko/agencies lists the five agencies by their Korean names and says why the World Bank has no page', async () => {
  renderRoute('/ko/agencies');
  expect(await screen.findByRole('heading', { level: 1, name: '기관' })).toBeVisible();
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    '과학기술정보통신부 (MSIT)',
    '정보통신산업진흥원 (NIPA)',
    '한국데이터산업진흥원 (K-Data)',
    '한국인터넷진흥원 (KISA)',
    '한국지능정보사회진흥원 (NIA)',
    '세계은행',
  ]);
  const kisa = screen.getByRole('heading', { level: 2, name: '한국인터넷진흥원 (KISA)' }).closest('li') as HTMLElement;
  expect(kisa).toHaveTextContent('산하기관 · 연락처 2명');
  expect(within(kisa).getByText('Korea Internet and Security Agency')).toHaveAttribute('lang', 'en');
  expect(kisa).toHaveTextContent('2일 차: “Enhancing Cyber Security and Resilience”');
  expect(
    screen.getByText(
      /^세계은행은 행사의 공동 주최 기관 및 양해각서의 상대 당사자입니다\. 보도자료에 세계은행의 연락처가 없어/,
    ),
  ).toBeVisible();
  expect(englishOutsideQuotes(screen.getByRole('main'))).toEqual([]);
});

test('an unknown agency gets a Korean not-found page that lists the real ones', async () => {
  renderRoute('/ko/agencies/unesco');
  expect(await screen.findByRole('heading', { level: 1, name: '해당 기관이 없습니다' })).toBeVisible();
  expect(
    screen.getByText('보도자료의 연락처에는 “unesco” 기관이 없습니다. 기관 목록은 다음과 같습니다.'),
  ).toBeVisible();
  expect(screen.getByRole('link', { name: '한국인터넷진흥원 (KISA)' })).toHaveAttribute('href', '/ko/agencies/kisa');
});
