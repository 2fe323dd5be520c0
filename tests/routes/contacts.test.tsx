import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderLoadedRoute, renderRoute } from '../renderRoute';

const contactNames = () => screen.queryAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

test('the directory lists all ten contacts, grouped by agency, government first', async () => {
  renderRoute('/contacts');
  expect(await screen.findByRole('status')).toHaveTextContent('Showing all 10 contacts');
  const groups = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
  expect(groups).toEqual(['Government', 'Affiliated organizations']);
  expect(contactNames()).toHaveLength(10);
  const jang = screen.getByRole('heading', { level: 4, name: 'Jang Eunyoung' }).closest('li');
  expect(jang).toHaveTextContent('Director');
  expect(jang).toHaveTextContent('Head');
  expect(jang).toHaveTextContent('Multilateral Cooperation Division, MSIT');
  expect(jang).toHaveTextContent('044-202-6270');
  expect(
    within(jang as HTMLElement).getByRole('link', { name: 'Call Jang Eunyoung on +82 44-202-6270' }),
  ).toHaveAttribute('href', 'tel:+82-44-202-6270');
  expect(document.title).toBe('Contacts · Korea Digital Days');
});

test('ticking agencies filters the list and pushes each state to the URL', async () => {
  const { user, router, history } = renderRoute('/contacts');
  await user.click(await screen.findByRole('checkbox', { name: /KISA/ }));
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=kisa'));
  expect(contactNames()).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 10 contacts');

  await user.click(screen.getByRole('checkbox', { name: /MSIT/ }));
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=msit,kisa'));
  expect(contactNames()).toEqual(['Jang Eunyoung', 'Park Suhyun', 'Song Hye-in', 'Lim Minjee']);

  history.back();
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=kisa'));
  expect(screen.getByRole('checkbox', { name: /MSIT/ })).not.toBeChecked();
  expect(contactNames()).toEqual(['Song Hye-in', 'Lim Minjee']);
});

test('typing searches names ignoring case and hyphens, replacing the history entry', async () => {
  const { user, router, history } = renderRoute('/contacts');
  const field = await screen.findByRole('searchbox', { name: 'Search contacts' });
  const entriesBefore = history.length;
  await user.type(field, 'hyein');
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?q=hyein'));
  expect(history.length).toBe(entriesBefore);
  expect(contactNames()).toEqual(['Song Hye-in']);
  expect(field).toHaveFocus();
});

test('a cold link opens the same filtered view', async () => {
  renderRoute('/contacts?agency=nia,k-data&q=manager');
  expect(await screen.findByRole('searchbox', { name: 'Search contacts' })).toHaveValue('manager');
  expect(screen.getByRole('checkbox', { name: /NIA/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /K-Data/ })).toBeChecked();
  expect(contactNames()).toEqual(['Lee Junho', 'Oh Daehoon']);
});

test('no results offers to clear the filters', async () => {
  const { user, router } = renderRoute('/contacts?agency=msit&q=zzz');
  expect(await screen.findByRole('heading', { name: 'No contacts match' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 10 contacts');
  const clear = screen.getAllByRole('button', { name: 'Clear filters' });
  await user.click(clear[clear.length - 1] as HTMLElement);
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts'));
  expect(contactNames()).toHaveLength(10);
  expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('');
  // The button is gone once nothing is filtered; focus goes to the search field, not the top of the page.
  expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toHaveFocus();
});

test('unknown and hostile agencies are dropped with a notice', async () => {
  renderRoute('/contacts?agency=kisa,%3Cscript%3Ealert(1)%3C/script%3E');
  expect(await screen.findByRole('note')).toHaveTextContent('“<script>alert(1)</script>”');
  expect(contactNames()).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(document.querySelector('script:not([type])')).toBeNull();
});

test('malformed params fall back to defaults', async () => {
  renderRoute(`/contacts?agency=123&q=${'x'.repeat(5000)}&agency=%7B%7D`);
  expect(await screen.findByRole('note')).toHaveTextContent('“123”');
  expect((screen.getByRole('searchbox', { name: 'Search contacts' }) as HTMLInputElement).value).toHaveLength(200);
});

test('parts of a link the directory does not read are named in a notice, and dropped by the next change', async () => {
  const { user, router } = renderRoute('/contacts?agency[]=kisa&q=lim');
  expect(await screen.findByRole('note')).toHaveTextContent(
    'This link had a part the directory doesn’t read, so it was left out: “agency[]”. It reads “agency” and “q”.',
  );
  expect(contactNames()).toEqual(['Lim Seulah', 'Lim Minjee']);
  await user.click(screen.getByRole('checkbox', { name: /KISA/ }));
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=kisa&q=lim'));
  expect(screen.queryByRole('note')).not.toBeInTheDocument();
});

test('a link with only the parts the directory reads has no such notice', async () => {
  renderRoute('/contacts?agency=kisa&q=lim');
  expect(await screen.findByRole('status')).toHaveTextContent('Showing 1 of 10 contacts');
  expect(screen.queryByRole('note')).not.toBeInTheDocument();
});

test('the next toggle writes a canonical URL', async () => {
  const { user, router } = renderRoute('/contacts?q=&agency=nope,nia');
  await user.click(await screen.findByRole('checkbox', { name: /MSIT/ }));
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=msit,nia'));
  expect(screen.queryByRole('note')).not.toBeInTheDocument();
});

test('typing narrows the list at once; ticking an agency then keeps the typed query in the URL', async () => {
  const { user, router } = renderRoute('/contacts');
  const field = await screen.findByRole('searchbox', { name: 'Search contacts' });
  await user.type(field, 'lim');
  expect(contactNames()).toEqual(['Lim Seulah', 'Lim Minjee']);
  await user.click(screen.getByRole('checkbox', { name: /KISA/ }));
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=kisa&q=lim'));
  expect(contactNames()).toEqual(['Lim Minjee']);
  expect(field).toHaveValue('lim');
});

test('a link’s unknown agencies and unread keys leave the address, in place, and the notices stay', async () => {
  const { user, router, history } = renderRoute('/contacts?agency=kisa,bogus,nia&foo=1');
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=kisa,nia'));
  expect(history.length).toBe(1);
  const notes = screen.getAllByRole('note');
  expect(notes[0]).toHaveTextContent('This link named an agency we don’t know, so it was left out: “bogus”.');
  expect(notes[1]).toHaveTextContent('so it was left out: “foo”. It reads “agency” and “q”.');
  expect(contactNames()).toEqual(['Song Hye-in', 'Lim Minjee', 'Yang Hyunsoo', 'Oh Daehoon']);
  await user.click(screen.getByRole('button', { name: /Copy link to contacts at KISA and NIA/ }));
  expect(await navigator.clipboard.readText()).toMatch(/\/contacts\?agency=kisa,nia$/);
});

test('Copy link on a link that is not canonical copies the canonical view, not the link as given', async () => {
  const { user, router } = renderRoute('/contacts?agency=nope,NIA,kisa,nia&q=Lim&foo=1#kisa');
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?agency=kisa,nia&q=Lim#kisa'));
  await user.click(await screen.findByRole('button', { name: /Copy link to contacts at KISA and NIA/ }));
  expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/contacts?agency=kisa,nia&q=Lim`);
});

test('a repeated q is one search for all its values, and a notice says so', async () => {
  const { router } = await renderLoadedRoute('/contacts?q=lim&q=kisa');
  expect(await screen.findByRole('searchbox', { name: 'Search contacts' })).toHaveValue('lim kisa');
  await waitFor(() => expect(currentUrl(router)).toBe('/contacts?q=lim+kisa'));
  expect(screen.getByRole('note')).toHaveTextContent(
    'This link gave several values for “q”, so they were put together.',
  );
  expect(contactNames()).toEqual(['Lim Minjee']);
});

test('typing a phone number in any common form finds its contact', async () => {
  const { user } = renderRoute('/contacts');
  const field = await screen.findByRole('searchbox', { name: 'Search contacts' });
  for (const query of ['061-820-1835', '0618201835', '+82 61 820 1835', '+82-61-820-1835', '820-1835']) {
    await user.clear(field);
    await user.type(field, query);
    expect(contactNames(), query).toEqual(['Song Hye-in']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 10 contacts');
  }
});

test('a query with nothing to search for, or a single letter, says so and filters nothing', async () => {
  const { user } = renderRoute('/contacts?agency=kisa');
  const field = await screen.findByRole('searchbox', { name: 'Search contacts' });
  await user.type(field, '***');
  expect(screen.getByRole('status')).toHaveTextContent(
    '“***” has no letters or digits to search for. Showing 2 of 10 contacts',
  );
  expect(field).toHaveAccessibleDescription(
    'Name, title, team, agency or phone number “***” has no letters or digits to search for',
  );
  await user.clear(field);
  await user.type(field, 'k');
  expect(screen.getByRole('status')).toHaveTextContent(
    'Type at least two letters or digits to search. Showing 2 of 10 contacts',
  );
  await user.type(field, 'z');
  expect(screen.getByRole('status')).toHaveTextContent(/^Showing 0 of 10 contacts$/);
});
