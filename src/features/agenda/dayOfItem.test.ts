import { expect, test } from 'vitest';
import { dayOfItem } from './dayOfItem';

test('an item’s slug gives the day whose programme holds it', () => {
  expect(dayOfItem('welcoming-remarks')?.id).toBe('2023-03-21');
  expect(dayOfItem('enhancing-cyber-security-and-resilience')?.id).toBe('2023-03-22');
  expect(dayOfItem('closing-ceremony')?.id).toBe('2023-03-23');
});

test('a slug that names no item gives no day', () => {
  for (const slug of ['', 'closing', 'closing-ceremonyx', 'Closing-Ceremony', 'content']) {
    expect(dayOfItem(slug), slug).toBeUndefined();
  }
});
