import { expect, test } from 'vitest';
import { addYears, formatDate, formatDateRange, formatShortDay, formatWeekday } from './dates';

test('formats event dates the same in every time zone', () => {
  expect(formatDate('2023-03-21')).toBe('21 March 2023');
  expect(formatWeekday('2023-03-21')).toBe('Tuesday');
  expect(formatWeekday('2023-03-23')).toBe('Thursday');
  expect(formatDateRange('2023-03-21', '2023-03-23')).toBe('21–23 March 2023');
});

test('adds whole years to a calendar date', () => {
  expect(addYears('2023-03-21', 3)).toBe('2026-03-21');
});

test('a short day names the weekday and the day of the month', () => {
  expect(formatShortDay('2023-03-21')).toBe('Tue 21');
  expect(formatShortDay('2023-03-23')).toBe('Thu 23');
});
