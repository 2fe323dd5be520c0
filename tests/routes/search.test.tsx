import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { currentUrl, renderLoadedRoute, renderRoute } from '../renderRoute';

afterEach(() => {
  window.localStorage.clear();
});

const groupHeadings = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
const marks = (element: HTMLElement) => [...element.querySelectorAll('mark')].map((mark) => mark.textContent);

test('the header’s search field leads to grouped results, with the count announced', async () => {
  const { user, router } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Korea Digital Days' });
  const header = screen.getByRole('banner');
  await user.type(within(header).getByRole('searchbox', { name: 'Search this site' }), 'kisa{Enter}');
  const landed = await screen.findByRole('heading', { level: 1, name: 'Search' });
  await waitFor(() => expect(landed).toHaveFocus());
  expect(currentUrl(router)).toBe('/search?q=kisa');
  expect(screen.getByRole('status')).toHaveTextContent('5 results for “kisa”');
  expect(groupHeadings()).toEqual(['Agenda items (1)', 'People (1)', 'Agencies (1)', 'Contacts (2)']);
  expect(screen.getByRole('searchbox', { name: /Search the agenda/ })).toHaveValue('kisa');
  await waitFor(() => expect(document.title).toBe('Search: kisa · Korea Digital Days'));
});

test('a deep link opens the same results, with the matched words marked', async () => {
  renderRoute('/search?q=hye-in');
  const contacts = await screen.findByRole('region', { name: 'Contacts (1)' });
  const heading = within(contacts).getByRole('heading', { level: 3 });
  expect(heading).toHaveTextContent('Song Hye-in');
  expect(marks(heading)).toEqual(['Hye-in']);
  expect(within(contacts).getByRole('link', { name: 'Song Hye-in' })).toHaveAttribute(
    'href',
    '/contacts?q=Song+Hye-in',
  );
  expect(within(contacts).getByRole('link', { name: 'Call Song Hye-in on +82 61-820-1835' })).toHaveAttribute(
    'href',
    'tel:+82-61-820-1835',
  );
  expect(within(contacts).getByRole('link', { name: 'KISA' })).toHaveAttribute('href', '/agencies/kisa');
});

test('“cyber security” reaches the talk, the agencies and the MoU area', async () => {
  renderRoute('/search?q=cyber%20security');
  await screen.findByRole('status');
  expect(groupHeadings()).toEqual(['Agenda items (1)', 'People (1)', 'Agencies (2)', 'MoU areas (1)']);
  const talk = screen.getByRole('link', { name: '“Enhancing Cyber Security and Resilience”' });
  expect(talk).toHaveAttribute('href', '/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  expect(marks(talk)).toEqual(['Cyber Security']);
  const area = screen.getByRole('region', { name: 'MoU areas (1)' });
  expect(within(area).getByRole('link', { name: 'Cyber security' })).toHaveAttribute('href', '/mou');
  expect(
    within(area)
      .getAllByRole('link', { name: /^(MSIT|KISA)$/ })
      .map((link) => link.getAttribute('href')),
  ).toEqual(['/agencies/msit', '/agencies/kisa']);
});

test('matching ignores case, diacritics, hyphens and spacing, and works for Korean', async () => {
  const cases: Array<[string, string]> = [
    ['SONG hye in', 'Song Hye-in'],
    ['leewontae', 'Lee Won Tae'],
    ['Férro', 'Manuela V. Ferro'],
    ['한국인터넷진흥원', 'Korea Internet and Security Agency (KISA)'],
  ];
  for (const [query, expected] of cases) {
    const { unmount } = renderRoute(`/search?q=${encodeURIComponent(query)}`);
    expect(await screen.findByRole('link', { name: expected }), query).toBeInTheDocument();
    unmount();
  }
});

test('the Korean name is marked as Korean in the results', async () => {
  renderRoute(`/search?q=${encodeURIComponent('인터넷')}`);
  const agencies = await screen.findByRole('region', { name: 'Agencies (1)' });
  const korean = within(agencies).getByText((_, element) => element?.textContent === '한국인터넷진흥원');
  expect(korean.closest('[lang]')).toHaveAttribute('lang', 'ko');
  expect(marks(agencies)).toEqual(['인터넷']);
});

test('typing on the search page updates the results and replaces the URL', async () => {
  const { user, router, history } = renderRoute('/search');
  const field = await screen.findByRole('searchbox', { name: /Search the agenda/ });
  const entries = history.length;
  await user.type(field, 'nia');
  await waitFor(() => expect(currentUrl(router)).toBe('/search?q=nia'));
  expect(history.length).toBe(entries);
  expect(field).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent(/results? for “nia”/);
  await user.clear(field);
  await waitFor(() => expect(currentUrl(router)).toBe('/search'));
  expect(screen.getByRole('status')).toHaveTextContent('');
});

test('no results suggests the words that do match, and other searches', async () => {
  const { user, router } = renderRoute('/search?q=cyber%20zebra');
  expect(await screen.findByRole('heading', { level: 2, name: 'Nothing matches “cyber zebra”' })).toBeVisible();
  expect(screen.getByRole('status')).toHaveTextContent('No results for “cyber zebra”');
  expect(screen.getByRole('link', { name: 'KISA' })).toHaveAttribute('href', '/search?q=KISA');
  await user.click(screen.getByRole('link', { name: '“cyber”, 5 results' }));
  await waitFor(() => expect(currentUrl(router)).toBe('/search?q=cyber'));
  expect(screen.getByRole('status')).toHaveTextContent('5 results for “cyber”');
  expect(screen.getByRole('searchbox', { name: /Search the agenda/ })).toHaveValue('cyber');
});

test('an empty search offers suggestions instead of results', async () => {
  renderRoute('/search');
  expect(await screen.findByText('Try one of these:')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Cyber security' })).toHaveAttribute('href', '/search?q=Cyber+security');
  expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
});

test('a malformed or hostile query falls back or shows as text', async () => {
  const { unmount } = renderRoute('/search?q=%7B%22a%22%3A1%7D');
  expect(await screen.findByText('Try one of these:')).toBeVisible();
  unmount();
  renderRoute(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  expect(await screen.findByRole('status')).toHaveTextContent('No results for “<img src=x onerror=alert(1)>”');
  expect(document.querySelector('main img')).toBeNull();
});

test('pressing / focuses the header’s search field', async () => {
  const { user } = renderRoute('/agenda/2023-03-21');
  await screen.findByRole('heading', { level: 1 });
  await user.keyboard('/');
  const field = within(screen.getByRole('banner')).getByRole('searchbox', { name: 'Search this site' });
  expect(field).toHaveFocus();
  expect(field).toHaveValue('');
  expect(field).toHaveAttribute('aria-keyshortcuts', '/');
});

test('pressing / while typing in a field types a slash', async () => {
  const { user } = renderRoute('/contacts');
  const field = await screen.findByRole('searchbox', { name: 'Search contacts' });
  await user.type(field, 'a/b');
  expect(field).toHaveFocus();
  expect(field).toHaveValue('a/b');
});

test('pressing / on a checkbox still jumps to search; with a modifier it does not', async () => {
  const { user } = renderRoute('/contacts');
  const checkbox = await screen.findByRole('checkbox', { name: /KISA/ });
  checkbox.focus();
  fireEvent.keyDown(checkbox, { key: '/', ctrlKey: true });
  expect(checkbox).toHaveFocus();
  await user.keyboard('/');
  expect(within(screen.getByRole('banner')).getByRole('searchbox')).toHaveFocus();
});

test('the / shortcut can be turned off, and stays off', async () => {
  const { user, unmount } = renderRoute('/search');
  const setting = await screen.findByRole('checkbox', { name: /press \/ on any page/ });
  expect(setting).toBeChecked();
  await user.click(setting);
  expect(setting).not.toBeChecked();
  unmount();

  const next = renderRoute('/agenda/2023-03-21');
  await screen.findByRole('heading', { level: 1 });
  await next.user.keyboard('/');
  expect(within(screen.getByRole('banner')).getByRole('searchbox')).not.toHaveFocus();
});

test('a repeated q searches for all its values, and a notice says so', async () => {
  const { router, history } = await renderLoadedRoute('/search?q=cyber&q=kisa');
  expect(await screen.findByRole('searchbox', { name: /Search the agenda/ })).toHaveValue('cyber kisa');
  await waitFor(() => expect(currentUrl(router)).toBe('/search?q=cyber+kisa'));
  expect(history.length).toBe(1);
  expect(screen.getByRole('note')).toHaveTextContent(
    'This link gave several values for “q”, so they were put together.',
  );
  expect(screen.getByRole('status')).toHaveTextContent(/results? for “cyber kisa”/);
});

test('keys the search page does not read leave the address, with a notice that stays', async () => {
  const { router } = renderRoute('/search?q=kisa&utm_source=mail');
  await waitFor(() => expect(currentUrl(router)).toBe('/search?q=kisa'));
  expect(await screen.findByRole('note')).toHaveTextContent(
    'This link had a part the search page doesn’t read, so it was left out: “utm_source”. It reads “q”.',
  );
  expect(screen.getByRole('status')).toHaveTextContent('5 results for “kisa”');
});

test('a phone number in any common form finds its contact, with the number marked', async () => {
  for (const query of ['061-820-1835', '0618201835', '+82 61 820 1835', '+82-61-820-1835', '820-1835']) {
    const { unmount } = renderRoute(`/search?q=${encodeURIComponent(query)}`);
    const contacts = await screen.findByRole('region', { name: 'Contacts (1)' });
    expect(screen.getByRole('status'), query).toHaveTextContent(`1 result for “${query}”`);
    const call = within(contacts).getByRole('link', { name: 'Call Song Hye-in on +82 61-820-1835' });
    expect(marks(call).join(''), query).toMatch(/820-1835$/);
    unmount();
  }
});

test('a query with nothing to search for, or a single letter, says so instead of offering suggestions', async () => {
  for (const [query, message] of [
    ['%', '“%” has no letters or digits to search for'],
    ['../', '“../” has no letters or digits to search for'],
    ['***', '“***” has no letters or digits to search for'],
    ['k', 'Type at least two letters or digits to search'],
  ]) {
    const { unmount } = renderRoute(`/search?q=${encodeURIComponent(query ?? '')}`);
    expect(await screen.findByRole('status'), query).toHaveTextContent(message ?? '');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(message ?? '');
    expect(screen.queryByText('Try one of these:')).not.toBeInTheDocument();
    unmount();
  }
});
