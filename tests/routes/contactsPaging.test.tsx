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

test('a directory too long for one page shows 10 at a time; Show more focuses the first one added', async () => {
  const { user } = renderRoute('/contacts');
  expect(await screen.findByRole('status')).toHaveTextContent('Showing the first 10 of 60 contacts');
  expect(shownNames()).toHaveLength(10);

  await user.click(screen.getByRole('button', { name: 'Show 10 more contacts' }));
  expect(screen.getByRole('status')).toHaveTextContent('Showing the first 20 of 60 contacts');
  expect(shownNames()).toHaveLength(20);
  // MSIT's twelve run over: its eleventh, the sixth copy of the real list's first, starts the new page.
  expect(shownNames()[10]).toHaveTextContent('Person 51');
  expect(shownNames()[10]).toHaveFocus();

  for (const shown of [30, 40, 50]) {
    await user.click(screen.getByRole('button', { name: 'Show 10 more contacts' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Showing the first ${shown} of 60 contacts`);
  }
  await user.click(screen.getByRole('button', { name: 'Show 10 more contacts' }));
  expect(screen.getByRole('status')).toHaveTextContent('Showing all 60 contacts');
  expect(shownNames()).toHaveLength(60);
  expect(screen.queryByRole('button', { name: /more contacts/ })).not.toBeInTheDocument();

  // A new search starts again from its first page.
  await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'team');
  expect(await screen.findByText('Showing the first 10 of 48 matching contacts')).toBeInTheDocument();
  expect(shownNames()).toHaveLength(10);
});
