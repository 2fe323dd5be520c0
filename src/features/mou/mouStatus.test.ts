import { expect, test } from 'vitest';
import { mou } from '../../data/mou';
import { mouStatus, todayIso } from './mouStatus';

test('in effect from signing until the third anniversary', () => {
  expect(mouStatus(mou, '2023-03-21')).toEqual({ state: 'in-effect', until: '2026-03-21' });
  expect(mouStatus(mou, '2026-03-20')).toEqual({ state: 'in-effect', until: '2026-03-21' });
});

test('its term ended on the third anniversary, and stays ended', () => {
  expect(mouStatus(mou, '2026-03-21')).toEqual({ state: 'term-ended', ended: '2026-03-21' });
  expect(mouStatus(mou, '2026-11-27')).toEqual({ state: 'term-ended', ended: '2026-03-21' });
});

test('today is the UTC calendar date', () => {
  expect(todayIso(new Date('2026-03-20T23:30:00Z'))).toBe('2026-03-20');
});
