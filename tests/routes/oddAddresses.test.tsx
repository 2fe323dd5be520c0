import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderRoute } from '../renderRoute';

const slips = [
  { url: '/index.html', heading: 'Korea Digital Days', canonical: '/' },
  { url: '/agenda/2023-03-22/index.html', heading: /Day 2/, canonical: '/agenda/2023-03-22' },
  { url: '/contacts/index.html', heading: 'Contacts', canonical: '/contacts' },
  { url: '/AGENDA/2023-03-22', heading: /Day 2/, canonical: '/agenda/2023-03-22' },
  { url: '/Contacts', heading: 'Contacts', canonical: '/contacts' },
  { url: '/Agencies/KISA', heading: /Korea Internet and Security Agency/, canonical: '/agencies/kisa' },
  { url: '/MOU/INDEX.HTML', heading: 'MoU on Digital Development Cooperation', canonical: '/mou' },
];

for (const { url, heading, canonical } of slips) {
  test(`${url} shows its page at the canonical address ${canonical}`, async () => {
    const { router, history } = renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(canonical);
    // Replaced, not pushed: Back does not return to the slip.
    expect(history.length).toBe(1);
  });
}

test('the redirect keeps the search and the #fragment', async () => {
  const { router } = renderRoute('/Contacts/index.html?agency=kisa#song-hye-in');
  expect(await screen.findByRole('status')).toHaveTextContent('Showing 2 of 10 contacts');
  expect(currentUrl(router)).toBe('/contacts?agency=kisa#song-hye-in');
});

test('a slip with percent-escapes in it lands once, on the page that explains it', async () => {
  const { router } = renderRoute('/AGENDA/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  expect(await screen.findByRole('heading', { level: 1, name: 'No such day' })).toBeInTheDocument();
  expect(currentUrl(router)).toBe('/agenda/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
});
