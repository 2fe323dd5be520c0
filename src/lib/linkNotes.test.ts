import { createMemoryHistory } from '@tanstack/react-router';
import { expect, test } from 'vitest';
import { createAppRouter } from '../router';
import { linkNotes } from './linkNotes';

const locationOf = (url: string) => createAppRouter(createMemoryHistory({ initialEntries: [url] })).state.location;
const notesOf = (url: string, canonical: Record<string, string>, unknown: string[] = []) =>
  linkNotes(locationOf(url), canonical, ['agency', 'q'], unknown);

test('a canonical link has nothing to note', () => {
  expect(notesOf('/contacts?agency=kisa,nia&q=lim', { agency: 'kisa,nia', q: 'lim' })).toBeUndefined();
  expect(notesOf('/contacts?q=1835', { q: '1835' })).toBeUndefined();
  expect(notesOf('/contacts', {})).toBeUndefined();
});

test('every key but the read ones is unread, in the order given', () => {
  expect(notesOf('/contacts?agency[]=kisa&q=lim&utm_source=mail', { q: 'lim' })).toEqual({
    unreadKeys: ['agency[]', 'utm_source'],
    repeatedKeys: [],
    unknownValues: [],
  });
  expect(notesOf('/contacts?__proto__=1&constructor=2', {})?.unreadKeys).toEqual(['__proto__', 'constructor']);
});

test('read keys given more than once are noted, and unknown values passed on', () => {
  expect(
    notesOf('/contacts?q=kisa&q=nia&agency=kisa&agency=bogus', { agency: 'kisa', q: 'kisa nia' }, ['bogus']),
  ).toEqual({
    unreadKeys: [],
    repeatedKeys: ['agency', 'q'],
    unknownValues: ['bogus'],
  });
});

test('a key given once, as a list of one, is not repeated', () => {
  // The router reads ?agency=["kisa"] as the list ["kisa"].
  expect(notesOf('/contacts?agency=%5B%22kisa%22%5D', { agency: 'kisa' })).toEqual({
    unreadKeys: [],
    repeatedKeys: [],
    unknownValues: [],
  });
});

test('a link spelt otherwise is not canonical, though it has nothing to note', () => {
  expect(notesOf('/contacts?q=lim&agency=nia,kisa', { agency: 'kisa,nia', q: 'lim' })).toEqual({
    unreadKeys: [],
    repeatedKeys: [],
    unknownValues: [],
  });
});
