import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type * as ContactsModule from '../../src/data/contacts';
import type * as MouModule from '../../src/data/mou';
import { renderRoute } from '../renderRoute';

// Another event's data, with one contact and one MoU area: counts of one read in the singular.
vi.mock('../../src/data/contacts', async (importOriginal) => {
  const real = await importOriginal<typeof ContactsModule>();
  return { ...real, contacts: real.contacts.filter((contact) => contact.id === 'song-hye-in') };
});
vi.mock('../../src/data/mou', async (importOriginal) => {
  const real = await importOriginal<typeof MouModule>();
  return { ...real, mou: { ...real.mou, areas: real.mou.areas.slice(0, 1) } };
});

test('the agencies list counts one contact as “1 contact”', async () => {
  renderRoute('/agencies');
  const kisa = (await screen.findByRole('link', { name: /Korea Internet and Security Agency/ })).closest('li');
  expect(kisa).toHaveTextContent('Affiliated Organization · 1 contact');
  expect(kisa).not.toHaveTextContent('1 contacts');
});

test('the overview counts one person and one area in the singular', async () => {
  renderRoute('/');
  expect(await screen.findByText(/^Whom to call at/)).toHaveTextContent(': 1 person, a head');
  expect(screen.getByText(/non-binding understanding/)).toHaveTextContent('across 1 area of cooperation.');
});
