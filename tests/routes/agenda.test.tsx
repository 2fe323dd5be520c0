import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderRoute } from '../renderRoute';

test('/agenda redirects to the first day', async () => {
  const { router } = renderRoute('/agenda');
  expect(await screen.findByRole('heading', { level: 1, name: /Day 1: Tuesday 21 March 2023/ })).toBeInTheDocument();
  expect(currentUrl(router)).toBe('/agenda/2023-03-21');
});

test('a day shows its own programme in source order and not the others', async () => {
  renderRoute('/agenda/2023-03-22');
  await screen.findByRole('heading', { level: 1, name: /Day 2: Wednesday 22 March 2023/ });
  const programme = screen.getByRole('list', { name: 'Programme of Day 2' });
  const headings = within(programme).getAllByRole('heading', { level: 2 });
  expect(headings.map((heading) => heading.textContent)).toEqual([
    '“A New Journey to Digital Platform Government”',
    '“Enhancing Cyber Security and Resilience”',
  ]);
  expect(within(programme).getByText('Lee Won Tae').closest('li')).toHaveTextContent(
    'Lee Won Tae, President, Korea Internet and Security Agency',
  );
  // Other days' items are not shown; each has only a hidden pointer, for a link that names it.
  expect(screen.queryByRole('heading', { name: /AI for Participation/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /Closing ceremony/ })).not.toBeInTheDocument();
  expect(screen.getByText(/Closing ceremony is on Day 3/)).not.toBeVisible();
  expect(document.title).toBe('Day 2, 22 March 2023 · Korea Digital Days');
});

test('day links mark the current day and lead to the others', async () => {
  const { user, router } = renderRoute('/agenda/2023-03-21');
  const days = await screen.findByRole('navigation', { name: 'Event days' });
  expect(within(days).getByRole('link', { name: /Day 1/ })).toHaveAttribute('aria-current', 'page');
  expect(within(days).getByRole('link', { name: /Day 2/ })).not.toHaveAttribute('aria-current');

  await user.click(screen.getByRole('link', { name: 'Next day: Day 2' }));
  await screen.findByRole('heading', { level: 1, name: /Day 2/ });
  expect(currentUrl(router)).toBe('/agenda/2023-03-22');
  expect(within(days).getByRole('link', { name: /Day 2/ })).toHaveAttribute('aria-current', 'page');

  await user.click(screen.getByRole('link', { name: 'Previous day: Day 1' }));
  await screen.findByRole('heading', { level: 1, name: /Day 1/ });
});

test('the signing item links to the MoU', async () => {
  const { user } = renderRoute('/agenda/2023-03-21');
  const signing = await screen.findByRole('article', { name: 'Signing of the MoU on digital development cooperation' });
  expect(within(signing).getByText('Signing')).toBeInTheDocument();
  await user.click(within(signing).getByRole('link', { name: 'Read the MoU' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'MoU on Digital Development Cooperation' }),
  ).toBeInTheDocument();
});

test('#slug highlights the named item and moves focus to it', async () => {
  renderRoute('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  const item = await screen.findByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await waitFor(() => expect(item).toHaveClass('agenda-item--highlighted'));
  expect(item).toHaveFocus();
  const other = screen.getByRole('article', { name: '“A New Journey to Digital Platform Government”' });
  expect(other).not.toHaveClass('agenda-item--highlighted');
});

test('a #Slug in capitals highlights the item it names in lower case', async () => {
  renderRoute('/agenda/2023-03-22#Enhancing-Cyber-Security-And-Resilience');
  const item = await screen.findByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await waitFor(() => expect(item).toHaveClass('agenda-item--highlighted'));
  expect(item).toHaveFocus();
  expect(screen.queryByText(/No item of the event is called/)).not.toBeInTheDocument();
});

test('a path beyond a day is not found, rather than showing the day', async () => {
  renderRoute('/agenda/2023-03-22/extra');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(screen.queryByRole('article')).not.toBeInTheDocument();
});

test('an unknown day gets a not-found page with links to the real days', async () => {
  renderRoute('/agenda/2023-13-45');
  expect(await screen.findByRole('heading', { level: 1, name: 'No such day' })).toBeInTheDocument();
  expect(screen.getByText(/no programme for “2023-13-45”/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Agenda, Day 3' })).toHaveAttribute('href', '/agenda/2023-03-23');
  await waitFor(() => expect(document.title).toBe('No such day · Korea Digital Days'));
});

test('a day id with more after it is no day, rather than the day it starts with', async () => {
  renderRoute('/agenda/2023-03-22x');
  expect(await screen.findByRole('heading', { level: 1, name: 'No such day' })).toBeInTheDocument();
  expect(screen.getByText(/no programme for “2023-03-22x”/)).toBeInTheDocument();
  expect(screen.queryByRole('article')).not.toBeInTheDocument();
});

test('a malformed day in the URL gets a not-found page, not an error', async () => {
  renderRoute('/agenda/%E0%A4%A');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Agenda, Day 1' })).toBeInTheDocument();
});

test('a #slug of another day’s item opens that day in its place, on the item', async () => {
  const { router, history } = renderRoute('/agenda/2023-03-21#enhancing-cyber-security-and-resilience');
  const item = await screen.findByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Day 2: Wednesday 22 March 2023');
  await waitFor(() => expect(item).toHaveClass('agenda-item--highlighted'));
  expect(item).toHaveFocus();
  expect(currentUrl(router)).toBe('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
  // Replaced, not pushed: Back leaves the day rather than returning to the wrong one.
  expect(history.length).toBe(1);
});

test('a #slug that names no item on any day gets a notice with a way on', async () => {
  const { user, router } = renderRoute('/agenda/2023-03-22#cyber-resilience-panel');
  const notice = await screen.findByText(/No item of the event is called “cyber-resilience-panel”/);
  expect(notice.closest('[role="status"]')).not.toBeNull();
  expect(notice).toHaveTextContent('Day 2’s programme is below.');
  await user.click(screen.getByRole('link', { name: 'Search the site for “cyber resilience panel”' }));
  await screen.findByRole('heading', { level: 1, name: /Search/ });
  expect(currentUrl(router)).toBe('/search?q=cyber+resilience+panel');
});

test('a day without a #slug, or with one that names a part of the page, has no notice', async () => {
  for (const url of ['/agenda/2023-03-22', '/agenda/2023-03-22#content', '/agenda/2023-03-22#welcoming-remarks']) {
    const { unmount } = renderRoute(url);
    await screen.findByRole('heading', { level: 1, name: /Day/ });
    await waitFor(() => expect(document.querySelector('[aria-labelledby="day-facts"]')).not.toBeNull());
    expect(screen.queryByText(/No item of the event is called/)).not.toBeInTheDocument();
    unmount();
  }
});
