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

test('a range across months or years names both months, and each year once', () => {
  expect(formatDateRange('2023-03-30', '2023-04-02')).toBe('30 March – 2 April 2023');
  expect(formatDateRange('2023-12-30', '2024-01-02')).toBe('30 December 2023 – 2 January 2024');
  expect(formatDateRange('2023-03-21', '2024-03-23')).toBe('21 March 2023 – 23 March 2024');
  expect(formatDateRange('2023-03-21', '2023-03-21')).toBe('21 March 2023');
});
