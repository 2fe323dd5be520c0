import { expect, test } from 'vitest';
import { findPerson, people, personSlug } from './people';

test('a person’s slug is their name in lower case, words joined by hyphens', () => {
  expect(personSlug('Hur Sung-Wook')).toBe('hur-sung-wook');
  expect(personSlug('Manuela V. Ferro')).toBe('manuela-v-ferro');
});

test('the people are every speaker once, in the order they first appear, with what they did', () => {
  expect(people.map((person) => person.slug)).toEqual([
    'guangzhe-chen',
    'manuela-v-ferro',
    'ryu-kwang-jun',
    'hur-sung-wook',
    'hwang-jong-sung',
    'lee-won-tae',
    'yoon-heajeang',
  ]);
  const lee = people.find((person) => person.slug === 'lee-won-tae');
  expect(lee?.name).toBe('Lee Won Tae');
  expect(lee?.title).toBe('President');
  expect(lee?.organisation).toBe('kisa');
  expect(lee?.appearances.map(({ day, item }) => `${day.id}#${item.slug}`)).toEqual([
    '2023-03-22#enhancing-cyber-security-and-resilience',
  ]);
});

test('findPerson finds a person by their exact slug only', () => {
  expect(findPerson('hur-sung-wook')?.name).toBe('Hur Sung-Wook');
  for (const slug of ['Hur-Sung-Wook', 'hur-sung', 'hur-sung-wookx', '', ' hur-sung-wook']) {
    expect(findPerson(slug), slug).toBeUndefined();
  }
});
