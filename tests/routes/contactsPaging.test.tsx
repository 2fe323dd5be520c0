import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type * as RealContacts from '../../src/data/contacts';
import { renderRoute } from '../renderRoute';

// A directory six times the real one: the real ten contacts, over and over.
vi.mock('../../src/data/contacts', async (importOriginal) => {
  const { contacts } = await importOriginal<typeof RealContacts>();
  return {
    contacts: Array.from({ length: 60 }, (_, index) => ({
      ...contacts[index % contacts.length],
      id: `person-${index + 1}`,
      name: `Person ${index + 1}`,
    })),
  };
});

const shownNames = () => screen.getAllByRole('heading', { level: 4 });

test('a directory too long for one page shows 25 at a time; Show more focuses the first one added', async () => {
  const { user } = renderRoute('/contacts');
  expect(await screen.findByRole('status')).toHaveTextContent('Showing the first 25 of 60 contacts');
  expect(shownNames()).toHaveLength(25);

  await user.click(screen.getByRole('button', { name: 'Show 25 more contacts' }));
  expect(screen.getByRole('status')).toHaveTextContent('Showing the first 50 of 60 contacts');
  expect(shownNames()).toHaveLength(50);
  // MSIT's and NIPA's twelve each came first, then K-Data's first: its second starts the new page.
  expect(shownNames()[25]).toHaveTextContent('Person 6');
  expect(shownNames()[25]).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Show 10 more contacts' }));
  expect(screen.getByRole('status')).toHaveTextContent('Showing all 60 contacts');
  expect(screen.queryByRole('button', { name: /more contacts/ })).not.toBeInTheDocument();

  // A new search starts again from its first page.
  await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'team');
  expect(await screen.findByText('Showing the first 25 of 48 matching contacts')).toBeInTheDocument();
  expect(shownNames()).toHaveLength(25);
});
