import { screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderRoute } from '../renderRoute';

afterEach(() => {
  vi.useRealTimers();
});

test('the Korean overview: Korean facts and prose, the event’s name and the quote in English', async () => {
  vi.useFakeTimers({ now: new Date('2025-06-01T09:00:00Z'), toFake: ['Date'] });
  const { user, history } = renderRoute('/ko/');
  const title = await screen.findByRole('heading', { level: 1, name: 'Korea Digital Days' });
  expect(within(title).getByText('Korea Digital Days')).toHaveAttribute('lang', 'en');
  expect(screen.getByText(/영어 보도자료를 저희가 번역한 것으로, 내용의 기준은 영어 원문입니다/)).toBeInTheDocument();

  const glance = screen.getByRole('region', { name: '한눈에 보기' });
  const row = (term: string) => within(glance).getByText(term).closest('div');
  expect(row('기간')).toHaveTextContent('2023년 3월 21일~23일, 3일간');
  expect(row('주최')).toHaveTextContent('과학기술정보통신부, 세계은행');
  expect(row('양해각서')).toHaveTextContent('2023년 3월 21일 서명. 2026년 3월 21일까지 유효');
  expect(screen.getByText(/과학기술정보통신부 및 세계은행 공동 주최$/)).toBeInTheDocument();

  const days = screen.getByRole('region', { name: '날짜별 프로그램' });
  expect(within(days).getByRole('heading', { level: 3, name: '2일 차 2023년 3월 22일 (수)' })).toBeInTheDocument();
  expect(
    within(days).getByRole('link', {
      name: /^“Enhancing Cyber Security and Resilience” ?\(번역: 사이버 보안과 복원력 강화\)$/,
    }),
  ).toHaveAttribute('href', '/ko/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  expect(within(days).getByRole('link', { name: '폐막식' })).toBeInTheDocument();
  expect(within(days).getByText('Guangzhe Chen, Manuela V. Ferro')).toHaveAttribute('lang', 'en');

  expect(
    screen.getByText(
      /^서명 당사자는 과학기술정보통신부 및 세계은행입니다\. 3년간 유효하며 법적 구속력이 없는 양해로, 협력 분야는 9개입니다\.$/,
    ),
  ).toBeInTheDocument();
  expect(screen.getByText(/모두 10명이며/)).toBeInTheDocument();

  const story = screen.getByRole('region', { name: '개최 목적' });
  expect(within(story).getByText('Manuela V. Ferro')).toHaveAttribute('lang', 'en');
  expect(within(story).getByText(/\(번역: 동아시아·태평양 담당 부총재\)/)).toHaveClass('gloss');
  expect(within(story).getByText('Lee Jong-Ho')).toHaveAttribute('lang', 'en');
  const context = screen.getByRole('region', { name: '배경' });
  expect(within(context).getByText('뉴욕 구상')).toBeInTheDocument();
  expect(within(context).getByText(/한국 대통령이 2022년 9월에 발표했습니다/)).toBeInTheDocument();

  const quote = screen.getByRole('figure');
  expect(within(quote).getByText(/^“Korea is implementing nation-wide innovation policies/)).toHaveAttribute(
    'lang',
    'en',
  );
  expect(within(quote).getByText(/\(번역: 한국은 디지털 시대를 선도하는 국가로서의 위상을/)).toHaveClass('gloss');
  expect(within(quote).getByText('Ryu Kwang Jun')).toHaveAttribute('lang', 'en');
  expect(quote).toHaveTextContent(/과학기술정보통신부$/);

  await user.click(screen.getByRole('link', { name: '3일 차' }));
  expect(await screen.findByRole('heading', { level: 1, name: /3일 차/ })).toHaveFocus();
  expect(history.location.pathname).toBe('/ko/agenda/2023-03-23');
});

test('the Korean MoU page gives its facts, areas, activities and purpose in Korean', async () => {
  vi.useFakeTimers({ now: new Date('2026-11-27T09:00:00Z'), toFake: ['Date'] });
  renderRoute('/ko/mou');
  await screen.findByRole('heading', { level: 1, name: '디지털 개발 협력 양해각서' });
  const facts = screen.getByRole('region', { name: '양해각서 한눈에 보기' });
  const row = (term: string) => within(facts).getByText(term).closest('div');
  expect(row('당사자')).toHaveTextContent('과학기술정보통신부 및 세계은행');
  expect(row('성격')).toHaveTextContent('양측 간 법적 구속력이 없는 양해');
  expect(row('서명')).toHaveTextContent('2023년 3월 21일, 행사 개막식');
  expect(row('기간')).toHaveTextContent('서명일로부터 3년');
  expect(row('현재 상태')).toHaveTextContent(
    '3년 기한: 2026년 3월 21일에 종료 보도자료는 갱신 여부를 밝히지 않았습니다.',
  );
  expect(within(facts).getByRole('link', { name: '서명식, 1일 차' })).toHaveAttribute(
    'href',
    '/ko/agenda/2023-03-21#mou-signing',
  );
  expect(within(facts).getByRole('link', { name: '과학기술정보통신부 연락처' })).toHaveAttribute(
    'href',
    '/ko/contacts?agency=msit',
  );
  expect(within(facts).getByRole('link', { name: '과학기술정보통신부 소개' })).toHaveAttribute(
    'href',
    '/ko/agencies/msit',
  );

  const areas = within(screen.getByRole('region', { name: '협력 분야' })).getAllByRole('link');
  expect(areas.map((area) => area.textContent)).toEqual([
    '인공지능',
    '데이터',
    '통신',
    '방송',
    '전파',
    '광대역 네트워크',
    'ICT 산업',
    '소프트웨어',
    '사이버 보안',
  ]);
  // Search keys are the same in both languages.
  expect(areas[0]).toHaveAttribute('href', '/ko/search?q=artificial+intelligence');
  const activities = within(screen.getByRole('region', { name: '활동' })).getAllByRole('listitem');
  expect(activities).toHaveLength(7);
  expect(activities[0]).toHaveTextContent('정보 교환');
  expect(
    within(screen.getByRole('region', { name: '목적' })).getByText(
      '디지털 개발 분야에서 호혜적 협력을 증진하는 것입니다.',
    ),
  ).toBeInTheDocument();
  expect(document.title).toBe('양해각서 · Korea Digital Days');
});
