import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { currentUrl, renderRoute } from '../renderRoute';

afterEach(() => {
  vi.useRealTimers();
});

test('the overview leads to each day, the MoU and the contacts, and credits the source', async () => {
  const { user, router } = renderRoute('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Korea Digital Days' })).toBeInTheDocument();
  const footer = screen.getByRole('contentinfo');
  expect(footer).toHaveTextContent(
    'Source: Ministry of Science and ICT, press release “Korea’s National Digital Strategy to Be Shared with the World”, used under the Korea Open Government License (KOGL) Type 1 (source indication).',
  );
  expect(
    within(footer).getByRole('link', { name: '“Korea’s National Digital Strategy to Be Shared with the World”' }),
  ).toHaveAttribute('href', 'https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mPid=2&mId=4&bbsSeqNo=42&nttSeqNo=778');
  // The licence is credited once on the page, in the footer.
  expect(document.body.textContent?.match(/KOGL/g)).toHaveLength(1);
  expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#content');
  const main = screen.getByRole('navigation', { name: 'Main' });
  expect(within(main).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

  await user.click(screen.getByRole('link', { name: 'Day 3' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Day 3/ })).toHaveFocus();
  expect(currentUrl(router)).toBe('/agenda/2023-03-23');
  expect(within(main).getByRole('link', { name: 'Agenda' })).toHaveAttribute('aria-current', 'page');
});

test('the MoU card gives its facts, and after March 2026 says its term ran out without claiming more', async () => {
  vi.useFakeTimers({ now: new Date('2026-11-27T09:00:00Z'), toFake: ['Date'] });
  renderRoute('/mou');
  await screen.findByRole('heading', { level: 1, name: 'MoU on Digital Development Cooperation' });
  const facts = screen.getByRole('region', { name: 'The agreement at a glance' });
  const row = (term: string) => within(facts).getByText(term).closest('div');
  expect(row('Parties')).toHaveTextContent('Ministry of Science and ICT and the World Bank');
  expect(row('Type')).toHaveTextContent('Non-binding');
  expect(row('Signed')).toHaveTextContent('21 March 2023, at the opening ceremony');
  expect(row('Term')).toHaveTextContent('3 years from the date of signing');
  expect(row('Status today')).toHaveTextContent(
    '3-year term ran to 21 March 2026 The release says nothing of renewal.',
  );
  // Each area leads to a site search for it, rather than looking clickable and doing nothing.
  const areas = within(screen.getByRole('region', { name: 'Areas of cooperation' })).getAllByRole('link');
  expect(areas).toHaveLength(9);
  expect(areas[0]).toHaveAccessibleName('Artificial intelligence');
  expect(areas[0]).toHaveAttribute('href', '/search?q=artificial+intelligence');
  expect(within(facts).getByRole('link', { name: 'The signing, Day 1' })).toHaveAttribute(
    'href',
    '/agenda/2023-03-21#mou-signing',
  );
  expect(within(facts).getByRole('link', { name: 'Contacts at MSIT' })).toHaveAttribute(
    'href',
    '/contacts?agency=msit',
  );
  expect(document.title).toBe('The MoU · Korea Digital Days');
});

test('following the MoU to its signing lands on the highlighted signing item', async () => {
  const { user, router } = renderRoute('/mou');
  await user.click(await screen.findByRole('link', { name: 'The signing, Day 1' }));
  const signing = await screen.findByRole('article', { name: 'Signing of the MoU on digital development cooperation' });
  await waitFor(() => expect(signing).toHaveFocus());
  expect(signing).toHaveClass('agenda-item--highlighted');
  expect(currentUrl(router)).toBe('/agenda/2023-03-21#mou-signing');
});

test('the MoU is in effect before March 2026', async () => {
  vi.useFakeTimers({ now: new Date('2025-06-01T09:00:00Z'), toFake: ['Date'] });
  renderRoute('/mou');
  expect(await screen.findByText(/In effect until/)).toHaveTextContent('In effect until 21 March 2026');
});

test('an unknown path gets a not-found page with links back', async () => {
  const { user } = renderRoute('/no/such/page');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  await waitFor(() => expect(document.title).toBe('Page not found · Korea Digital Days'));
  await user.click(screen.getByRole('link', { name: 'Overview of the event' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Korea Digital Days' })).toBeInTheDocument();
});
