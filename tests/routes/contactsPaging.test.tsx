import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type * as RealContacts from '../../src/data/contacts';
import { renderRoute } from '../renderRoute';

// A directory twelve times the real one: the real ten contacts, over and over.
vi.mock('../../src/data/contacts', async (importOriginal) => {
  const { contacts } = await importOriginal<typeof RealContacts>();
  return {
    contacts: Array.from({ length: 120 }, (_, index) => ({
      ...contacts[index % contacts.length],
      id: `person-${index + 1}`,
      name: `Person ${index + 1}`,
    })),
  };
});

const shownNames = () => screen.getAllByRole('heading', { level: 4 });

test('a directory too long for one page shows fifty at a time; Show more focuses the first one added', async () => {
  const { user } = renderRoute('/contacts');
  expect(await screen.findByRole('status')).toHaveTextContent('Showing the first 50 of 120 contacts');
  expect(shownNames()).toHaveLength(50);

  await user.click(screen.getByRole('button', { name: 'Show 50 more contacts' }));
  expect(screen.getByRole('status')).toHaveTextContent('Showing the first 100 of 120 contacts');
  expect(shownNames()).toHaveLength(100);
  // MSIT's and NIPA's 24 each came first, then K-Data's first two: its third starts the new page.
  expect(shownNames()[50]).toHaveTextContent('Person 15');
  expect(shownNames()[50]).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Show 20 more contacts' }));
  expect(screen.getByRole('status')).toHaveTextContent('Showing all 120 contacts');
  expect(screen.queryByRole('button', { name: /more contacts/ })).not.toBeInTheDocument();

  // A new search starts again from its first page.
  await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'team');
  expect(await screen.findByText('Showing the first 50 of 96 matching contacts')).toBeInTheDocument();
  expect(shownNames()).toHaveLength(50);
});
