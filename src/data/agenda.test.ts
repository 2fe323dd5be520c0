import { expect, test } from 'vitest';
import { findDay } from './agenda';

test('findDay finds each day by its exact id', () => {
  expect(findDay('2023-03-21')?.label).toBe('Day 1');
  expect(findDay('2023-03-22')?.label).toBe('Day 2');
  expect(findDay('2023-03-23')?.label).toBe('Day 3');
});

test('findDay gives no day for an id that only nearly matches one', () => {
  for (const nearMiss of [
    '2023-03-22x',
    '2023-03-22/',
    '2023-03-22 ',
    ' 2023-03-22',
    '2023-03-2',
    '2023-03-222',
    '2023-3-22',
    '20230322',
    '',
  ]) {
    expect(findDay(nearMiss), JSON.stringify(nearMiss)).toBeUndefined();
  }
});
