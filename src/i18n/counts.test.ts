import { expect, test } from 'vitest';
import enAgencies from './en/agencies';
import enContacts from './en/contacts';
import koContacts from './ko/contacts';

// Only a large event's directory (the scale bench's 5,000 contacts) has counts this long.
test('the directory writes a large count as each language groups it', () => {
  expect(enContacts.showingFirst(50, 5000, false)).toBe('Showing the first 50 of 5,000 contacts');
  expect(enContacts.showingSome(1200, 5000)).toBe('Showing 1,200 of 5,000 contacts');
  expect(enContacts.showMore(4950)).toBe('Show 4,950 more contacts');
  expect(enContacts.contactCount(1)).toBe('1 contact');
  expect(enAgencies.contactCount(1000)).toBe('1,000 contacts');
  expect(koContacts.showingAll(5000)).toContain('5,000');
});

// Only a directory paged or grouped differently from the real one shows one: a count of one takes the singular.
test('English counts one contact in the singular', () => {
  expect(enContacts.showMore(1)).toBe('Show 1 more contact');
  expect(enContacts.showMore(2)).toBe('Show 2 more contacts');
  expect(enAgencies.downloadContacts(1, 'KISA').visible).toBe('Download 1 contact');
});
