import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { englishOutsideQuotes } from '../englishOutsideQuotes';
import { renderRoute } from '../renderRoute';

test('/ko/people lists the seven people, names and titles quoted in English with our gloss', async () => {
  renderRoute('/ko/people');
  expect(await screen.findByRole('heading', { level: 1, name: '발표자' })).toBeVisible();
  const names = screen.getAllByRole('heading', { level: 2 });
  expect(names).toHaveLength(7);
  for (const name of names) expect(within(name).getByRole('link')).toHaveAttribute('lang', 'en');
  const chen = screen.getByRole('heading', { level: 2, name: 'Guangzhe Chen' }).closest('li') as HTMLElement;
  expect(chen).toHaveTextContent('Vice President for Infrastructure (번역: 인프라 담당 부총재), 세계은행');
  expect(chen).toHaveTextContent('1일 차:');
  const hur = screen.getByRole('heading', { level: 2, name: 'Hur Sung-Wook' }).closest('li') as HTMLElement;
  expect(hur).toHaveTextContent('President (번역: 원장), 정보통신산업진흥원');
  // The talk's title as published, then our translation.
  expect(
    within(hur).getByRole('link', { name: /^“AI for Participation, Solidarity and Prosperity” ?\(번역: / }),
  ).toHaveAttribute('href', '/ko/agenda/2023-03-21#ai-for-participation-solidarity-and-prosperity');
  expect(englishOutsideQuotes(screen.getByRole('main'))).toEqual([]);
});

test('a person’s Korean page: name quoted, title glossed, agency in Korean, its contacts', async () => {
  renderRoute('/ko/people/lee-won-tae');
  const heading = await screen.findByRole('heading', { level: 1, name: 'Lee Won Tae' });
  expect(within(heading).getByText('Lee Won Tae')).toHaveAttribute('lang', 'en');
  const facts = screen.getByRole('region', { name: '보도자료 표기' });
  expect(facts).toHaveTextContent('직함President (번역: 원장)');
  expect(within(facts).getByRole('link', { name: '한국인터넷진흥원' })).toHaveAttribute('href', '/ko/agencies/kisa');

  const programme = screen.getByRole('region', { name: 'Korea Digital Days에서' });
  expect(within(programme).getByText('발표')).toHaveClass('badge');
  expect(programme).toHaveTextContent('2일 차, 2023년 3월 22일 (수)');

  const contacts = screen.getByRole('region', { name: 'KISA 연락처' });
  expect(contacts).toHaveTextContent('보도자료에는 발표자에게 직접 연락할 방법이 나와 있지 않습니다.');
  expect(
    within(contacts)
      .getAllByRole('heading', { level: 3 })
      .map((name) => name.textContent),
  ).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(within(contacts).getByRole('link', { name: 'KISA 소개' })).toHaveAttribute('href', '/ko/agencies/kisa');
  expect(screen.getByRole('navigation', { name: '다른 발표자' })).toBeVisible();
  expect(englishOutsideQuotes(screen.getByRole('main'))).toEqual([]);
  await waitFor(() => expect(document.title).toMatch(/^Lee Won Tae · /));
});

test('an unknown person gets a Korean not-found page', async () => {
  renderRoute('/ko/people/lee-jong-ho');
  expect(await screen.findByRole('heading', { level: 1, name: '해당 발표자가 없습니다' })).toBeVisible();
  expect(screen.getByText(/“lee-jong-ho”에 해당하는 사람이 없습니다/)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Hur Sung-Wook' })).toHaveAttribute('href', '/ko/people/hur-sung-wook');
});
