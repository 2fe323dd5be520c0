import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { englishOutsideQuotes } from '../englishOutsideQuotes';
import { renderRoute } from '../renderRoute';

test('/ko/data says in Korean what the dataset holds, its licence and how to credit it', async () => {
  renderRoute('/ko/data');
  expect(await screen.findByRole('heading', { level: 1, name: '공공데이터' })).toBeVisible();
  expect(screen.getByRole('link', { name: '행사 전체 (JSON)' })).toHaveAttribute('download', 'korea-digital-days.json');
  expect(screen.getByRole('link', { name: '연락처 (CSV)' })).toBeVisible();

  const holds = screen.getByRole('region', { name: '담긴 내용' });
  expect(holds).toHaveTextContent(
    '일정 3일과 항목 8개, 발표하거나 세션을 이끈 7명, 기관 5곳, 연락처 10명, 그리고 협력 분야 9개를 담은 양해각서가 들어 있습니다.',
  );
  expect(holds).toHaveTextContent('frab 형식의 일정표를 제공하지 않는 것도 이 때문입니다.');

  const licence = screen.getByRole('region', { name: '이용 조건과 출처 표시' });
  expect(licence).toHaveTextContent('과학기술정보통신부가 공공누리 제1유형(출처표시) 조건으로 공개했습니다.');
  const credit = within(licence).getByText(/^출처:/);
  expect(credit).toHaveTextContent(
    '출처: 과학기술정보통신부, 보도자료 “Korea’s National Digital Strategy to Be Shared with the World”, 공공누리 제1유형(출처표시)',
  );
  expect(within(credit).getByText('Korea’s National Digital Strategy to Be Shared with the World')).toHaveAttribute(
    'lang',
    'en',
  );
  expect(within(licence).getByRole('link', { name: '과학기술정보통신부 영문 사이트의 보도자료' })).toHaveAttribute(
    'hreflang',
    'en',
  );

  const ids = screen.getByRole('region', { name: '고정 식별자' });
  expect(within(ids).getByText('/ko/agencies/kisa')).toBeVisible();
  expect(englishOutsideQuotes(screen.getByRole('main'))).toEqual([]);
});
