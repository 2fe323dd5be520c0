import { expect, test } from 'vitest';
import { addYears, formatDate, formatDateRange, formatDateWithWeekday, formatShortDay, formatWeekday } from './dates';

test('formats event dates the same in every time zone', () => {
  expect(formatDate('2023-03-21', 'en')).toBe('21 March 2023');
  expect(formatWeekday('2023-03-21', 'en')).toBe('Tuesday');
  expect(formatWeekday('2023-03-23', 'en')).toBe('Thursday');
  expect(formatDateRange('2023-03-21', '2023-03-23', 'en')).toBe('21–23 March 2023');
});

test('in Korean, dates read year, month, day, with the weekday in brackets', () => {
  expect(formatDate('2023-03-21', 'ko')).toBe('2023년 3월 21일');
  expect(formatWeekday('2023-03-21', 'ko')).toBe('화요일');
  expect(formatDateWithWeekday('2023-03-21', 'ko')).toBe('2023년 3월 21일 (화)');
  expect(formatDateWithWeekday('2023-03-21', 'en')).toBe('Tuesday 21 March 2023');
  expect(formatShortDay('2023-03-22', 'ko')).toBe('22일 (수)');
});

test('a Korean range says the shared year and month once, with a tilde and no spaces', () => {
  expect(formatDateRange('2023-03-21', '2023-03-23', 'ko')).toBe('2023년 3월 21일~23일');
  expect(formatDateRange('2023-03-30', '2023-04-02', 'ko')).toBe('2023년 3월 30일~4월 2일');
  expect(formatDateRange('2023-12-30', '2024-01-02', 'ko')).toBe('2023년 12월 30일~2024년 1월 2일');
});

test('adds whole years to a calendar date', () => {
  expect(addYears('2023-03-21', 3)).toBe('2026-03-21');
});

test('a short day names the weekday and the day of the month', () => {
  expect(formatShortDay('2023-03-21', 'en')).toBe('Tue 21');
  expect(formatShortDay('2023-03-23', 'en')).toBe('Thu 23');
});

test('a range across months or years names both months, and each year once', () => {
  expect(formatDateRange('2023-03-30', '2023-04-02', 'en')).toBe('30 March – 2 April 2023');
  expect(formatDateRange('2023-12-30', '2024-01-02', 'en')).toBe('30 December 2023 – 2 January 2024');
  expect(formatDateRange('2023-03-21', '2024-03-23', 'en')).toBe('21 March 2023 – 23 March 2024');
  expect(formatDateRange('2023-03-21', '2023-03-21', 'en')).toBe('21 March 2023');
});
