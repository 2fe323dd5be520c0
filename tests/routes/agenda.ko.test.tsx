import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderRoute } from '../renderRoute';

test('/ko/agenda redirects to the first day, in Korean', async () => {
  const { history } = renderRoute('/ko/agenda');
  expect(await screen.findByRole('heading', { level: 1, name: '1일 차: 2023년 3월 21일 (화)' })).toBeInTheDocument();
  expect(history.location.pathname).toBe('/ko/agenda/2023-03-21');
});

test('a day in Korean: its heading, programme and facts are Korean, and talk titles are quoted in English with our translation', async () => {
  renderRoute('/ko/agenda/2023-03-22');
  await screen.findByRole('heading', { level: 1, name: '2일 차: 2023년 3월 22일 (수)' });
  const programme = screen.getByRole('list', { name: '2일 차 프로그램' });
  const cyber = within(programme).getByRole('article', {
    name: /^“Enhancing Cyber Security and Resilience” ?\(번역: 사이버 보안과 복원력 강화\)$/,
  });
  expect(within(cyber).getByText('“Enhancing Cyber Security and Resilience”')).toHaveAttribute('lang', 'en');
  expect(within(cyber).getByText('발표')).toBeInTheDocument();
  expect(within(cyber).getByText(/사이버 보안 정책 모델/)).toBeInTheDocument();
  // The name and job title are quoted as published; the title has our translation.
  expect(within(cyber).getByRole('link', { name: 'Lee Won Tae' }).closest('[lang="en"]')).not.toBeNull();
  expect(within(cyber).getByText('President')).toHaveAttribute('lang', 'en');
  expect(within(cyber).getByText(/\(번역: 원장\)/)).toHaveClass('gloss');
  expect(within(cyber).getByRole('link', { name: '한국인터넷진흥원 연락처' })).toHaveAttribute(
    'href',
    '/ko/contacts?agency=kisa',
  );

  const facts = screen.getByRole('region', { name: '2일 차 한눈에 보기' });
  expect(within(facts).getByText('Korea Digital Days')).toHaveAttribute('lang', 'en');
  expect(within(facts).getByText('2023년 3월 21일~23일')).toBeInTheDocument();
  expect(screen.getByText(/이날의 프로그램은 보도자료에 예고된 것입니다/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '2일 차 일정을 캘린더에 추가 (.ics 파일)' })).toBeInTheDocument();
  const source = within(facts).getByRole('link', {
    name: /“Korea’s National Digital Strategy to Be Shared with the World”/,
  });
  expect(source).toHaveAccessibleName(/\(번역: 한국의 국가 디지털 전략, 세계와 공유한다\)$/);
  expect(within(facts).getByText(/^출처: 보도자료/)).toBeInTheDocument();
  expect(document.title).toBe('2일 차, 2023년 3월 22일 · Korea Digital Days');
});

test('the Korean day switch and pager name the days in Korean and stay in Korean', async () => {
  const { user, history } = renderRoute('/ko/agenda/2023-03-21');
  const days = await screen.findByRole('navigation', { name: '행사 일자' });
  expect(within(days).getByRole('link', { name: /1일 차/ })).toHaveAttribute('aria-current', 'page');
  expect(within(days).getByRole('link', { name: /2일 차/ })).toHaveTextContent('2일 차 22일 (수)');
  await user.click(screen.getByRole('link', { name: '다음 날: 2일 차' }));
  await screen.findByRole('heading', { level: 1, name: /2일 차/ });
  expect(history.location.pathname).toBe('/ko/agenda/2023-03-22');
});

test('an item without a title is headed by its topic in Korean; the signing leads to the Korean MoU', async () => {
  const { user } = renderRoute('/ko/agenda/2023-03-21');
  const signing = await screen.findByRole('article', { name: '디지털 개발 협력 양해각서 서명' });
  expect(within(signing).getByText(/호혜적 협력을 증진하기 위한 양해각서에 서명했습니다/)).toBeInTheDocument();
  await user.click(within(signing).getByRole('link', { name: '양해각서 보기' }));
  expect(await screen.findByRole('heading', { level: 1, name: '디지털 개발 협력 양해각서' })).toBeInTheDocument();
});

test('a #slug that names nothing gets a Korean notice with a way on', async () => {
  renderRoute('/ko/agenda/2023-03-22#no-such-talk');
  const notice = await screen.findByRole('status');
  await waitFor(() => expect(notice).toHaveTextContent('“no-such-talk” 항목은 이 행사에 없습니다.'));
  expect(within(notice).getByRole('link', { name: '사이트에서 “no such talk” 검색' })).toHaveAttribute(
    'href',
    '/ko/search?q=no+such+talk',
  );
});

test('an unknown day gets a Korean not-found page', async () => {
  renderRoute('/ko/agenda/2023-03-24');
  expect(await screen.findByRole('heading', { level: 1, name: '해당 날짜가 없습니다' })).toBeInTheDocument();
  expect(
    screen.getByText(/이 행사는 2023년 3월 21일~23일에 열렸습니다\. “2023-03-24”에 해당하는 프로그램은 없습니다\./),
  ).toBeInTheDocument();
});
