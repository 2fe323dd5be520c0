import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type * as SiteHeaderModule from '../../src/components/SiteHeader';
import type * as AgendaModule from '../../src/data/agenda';
import type * as MouCardModule from '../../src/features/mou/MouCard';
import { currentUrl, renderRoute } from '../renderRoute';

// Test-only failure switches: the modules below throw while a switch is on.
// Nothing of this reaches the production bundle.
const failing = vi.hoisted(() => ({ view: false, loader: false, header: false }));

vi.mock('../../src/features/mou/MouCard', async (importOriginal) => {
  const actual = await importOriginal<typeof MouCardModule>();
  return {
    MouCard: (props: Parameters<typeof actual.MouCard>[0]) => {
      if (failing.view) throw new Error('The MoU card broke');
      return actual.MouCard(props);
    },
  };
});

vi.mock('../../src/data/agenda', async (importOriginal) => {
  const actual = await importOriginal<typeof AgendaModule>();
  return {
    ...actual,
    findDay: (id: string) => {
      if (failing.loader) throw new Error('The agenda could not be read');
      return actual.findDay(id);
    },
  };
});

vi.mock('../../src/components/SiteHeader', async (importOriginal) => {
  const actual = await importOriginal<typeof SiteHeaderModule>();
  return {
    SiteHeader: () => {
      if (failing.header) throw new Error('The header broke');
      return actual.SiteHeader();
    },
  };
});

beforeEach(() => {
  // React and the router report caught errors on the console; keep the output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  Object.assign(failing, { view: false, loader: false, header: false });
  vi.restoreAllMocks();
});

test('a view that throws shows a clear message inside a working layout, and Try again recovers', async () => {
  failing.view = true;
  const { user } = renderRoute('/mou');

  const heading = await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });
  expect(screen.getByText(/This page could not be shown/)).toBeInTheDocument();
  expect(screen.getByRole('main')).toContainElement(heading);
  await waitFor(() => expect(heading).toHaveFocus());
  await waitFor(() => expect(document.title).toBe('Something went wrong · Korea Digital Days'));
  expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  expect(screen.getByRole('contentinfo')).toHaveTextContent('Korea Open Government License');

  failing.view = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'MoU on Digital Development Cooperation' }),
  ).toBeInTheDocument();
  expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
});

test('the header still works while a page is broken', async () => {
  failing.view = true;
  const { user, router } = renderRoute('/mou');
  await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });

  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Contacts' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeInTheDocument();
  expect(currentUrl(router)).toBe('/contacts');
});

test('a loader that throws shows the message, and Try again loads the page again', async () => {
  failing.loader = true;
  const { user } = renderRoute('/agenda/2023-03-22');
  await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

  failing.loader = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Day 2/ })).toBeInTheDocument();
});

test('the link home leads out of a broken page', async () => {
  failing.view = true;
  const { user } = renderRoute('/mou');
  await user.click(await screen.findByRole('link', { name: 'Go to the overview' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Korea Digital Days' })).toBeInTheDocument();
});

test('if the layout itself throws, the root boundary still offers Try again and a way home', async () => {
  failing.header = true;
  const { user } = renderRoute('/contacts');
  expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
  expect(screen.getByText(/The site could not be shown/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  expect(screen.getByRole('link', { name: 'Korea Digital Days' })).toHaveAttribute('href', '/');

  failing.header = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
});
