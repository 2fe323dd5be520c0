import { expect, test } from 'vitest';
import { dayLabel } from './dayLabel';

test('a day is named by its place in the programme, in the page’s language', () => {
  expect(dayLabel({ id: '2023-03-21' }, 'en')).toBe('Day 1');
  expect(dayLabel({ id: '2023-03-22' }, 'en')).toBe('Day 2');
  expect(dayLabel({ id: '2023-03-23' }, 'en')).toBe('Day 3');
  expect(dayLabel({ id: '2023-03-22' }, 'ko')).toBe('2일 차');
});
