import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderRoute } from '../renderRoute';

const contactNames = () => screen.queryAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

test('a speaker’s organisation leads to its agency page', async () => {
  const { user, router } = renderRoute('/agenda/2023-03-22');
  const talk = await screen.findByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await user.click(within(talk).getByRole('link', { name: 'Korea Internet and Security Agency' }));
  const landed = await screen.findByRole('heading', { level: 1, name: 'Korea Internet and Security Agency' });
  await waitFor(() => expect(landed).toHaveFocus());
  expect(currentUrl(router)).toBe('/agencies/kisa');
});

test('an agenda item leads to its agency’s contacts', async () => {
  const { user, router } = renderRoute('/agenda/2023-03-22');
  const talk = await screen.findByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await user.click(within(talk).getByRole('link', { name: 'Contacts at KISA' }));
  await screen.findByRole('heading', { level: 1, name: 'Contacts' });
  expect(currentUrl(router)).toBe('/contacts?agency=kisa');
  expect(contactNames()).toEqual(['Song Hye-in', 'Lim Minjee']);
});

test('every agenda item with an agency links to that agency and its contacts', async () => {
  const expected: Record<string, Array<[string, string]>> = {
    '2023-03-21': [
      ['Signing of the MoU on digital development cooperation', 'msit'],
      ['The New York Initiative and Korea’s National Digital Strategy', 'msit'],
      ['“AI for Participation, Solidarity and Prosperity”', 'nipa'],
    ],
    '2023-03-22': [
      ['“A New Journey to Digital Platform Government”', 'nia'],
      ['“Enhancing Cyber Security and Resilience”', 'kisa'],
    ],
    '2023-03-23': [
      [
        '“Contributing to Economic and Social Innovation in Korea by Supporting the Growth of the Data Industry and Enhancing the Social Utilization of Data”',
        'k-data',
      ],
    ],
  };
  for (const [day, items] of Object.entries(expected)) {
    const { unmount } = renderRoute(`/agenda/${day}`);
    await screen.findByRole('heading', { level: 1 });
    for (const [name, agency] of items) {
      const item = screen.getByRole('article', { name });
      const hrefs = within(item)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
      expect(hrefs, name).toContain(`/agencies/${agency}`);
      expect(hrefs, name).toContain(`/contacts?agency=${agency}`);
    }
    unmount();
  }
});

test('the World Bank is named but never linked as if it had a page or contacts', async () => {
  renderRoute('/agenda/2023-03-21');
  const remarks = await screen.findByRole('article', { name: 'Welcoming remarks' });
  expect(remarks).toHaveTextContent('Guangzhe Chen, Vice President for Infrastructure, World Bank');
  expect(within(remarks).queryByRole('link', { name: /World Bank|Contacts/ })).not.toBeInTheDocument();
  const signing = screen.getByRole('article', { name: 'Signing of the MoU on digital development cooperation' });
  expect(signing).toHaveTextContent('Ministry of Science and ICT and the World Bank');
  expect(within(signing).getByRole('link', { name: 'Ministry of Science and ICT' })).toHaveAttribute(
    'href',
    '/agencies/msit',
  );
  expect(
    within(signing)
      .getAllByRole('link', { name: /^Contacts at/ })
      .map((link) => link.textContent),
  ).toEqual(['Contacts at MSIT']);
});

test('the MoU leads to its signing, MSIT’s contacts and MSIT’s page', async () => {
  const { user, router } = renderRoute('/mou');
  const facts = await screen.findByRole('region', { name: 'The agreement at a glance' });
  await user.click(within(facts).getByRole('link', { name: 'About MSIT' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Ministry of Science and ICT' })).toBeVisible();
  expect(currentUrl(router)).toBe('/agencies/msit');
});

test('a contact leads to its agency page', async () => {
  const { user, router } = renderRoute('/contacts');
  const card = (await screen.findByRole('heading', { level: 4, name: 'Song Hye-in' })).closest('li') as HTMLElement;
  await user.click(within(card).getByRole('link', { name: 'KISA' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Korea Internet and Security Agency' })).toBeVisible();
  expect(currentUrl(router)).toBe('/agencies/kisa');
});

test('each agency heading in the directory leads to its page', async () => {
  renderRoute('/contacts');
  await screen.findByRole('heading', { level: 1, name: 'Contacts' });
  const headings = screen.getAllByRole('heading', { level: 3 });
  expect(headings.map((heading) => within(heading).getByRole('link').getAttribute('href'))).toEqual([
    '/agencies/msit',
    '/agencies/nipa',
    '/agencies/k-data',
    '/agencies/kisa',
    '/agencies/nia',
  ]);
});

test('an agency page leads to its talk, highlighted', async () => {
  const { user, router } = renderRoute('/agencies/kisa');
  const programme = await screen.findByRole('region', { name: 'At Korea Digital Days' });
  await user.click(within(programme).getByRole('link', { name: '“Enhancing Cyber Security and Resilience”' }));
  const item = await screen.findByRole('article', { name: '“Enhancing Cyber Security and Resilience”' });
  await waitFor(() => expect(item).toHaveClass('agenda-item--highlighted'));
  expect(currentUrl(router)).toBe('/agenda/2023-03-22#enhancing-cyber-security-and-resilience');
});

test('the overview and the main navigation lead to the agencies', async () => {
  const { user, router } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Korea Digital Days' });
  const card = screen.getByRole('heading', { level: 3, name: 'Agencies' }).closest('div') as HTMLElement;
  expect(
    within(card)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')),
  ).toEqual(['/agencies', '/agencies/msit', '/agencies/nipa', '/agencies/k-data', '/agencies/kisa', '/agencies/nia']);
  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Agencies' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Agencies' })).toBeVisible();
  expect(currentUrl(router)).toBe('/agencies');
  expect(within(nav).getByRole('link', { name: 'Agencies' })).toHaveAttribute('aria-current', 'page');
});

test('the not-found page also offers the agencies and search', async () => {
  renderRoute('/nowhere');
  await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  const main = screen.getByRole('main');
  expect(within(main).getByRole('link', { name: 'Agencies' })).toHaveAttribute('href', '/agencies');
  expect(within(main).getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search');
});

test('a search result lands focus on the page it opens', async () => {
  const { user } = renderRoute('/search?q=cyber%20security');
  const area = await screen.findByRole('region', { name: 'MoU areas (1)' });
  await user.click(within(area).getByRole('link', { name: 'Cyber security' }));
  const landed = await screen.findByRole('heading', { level: 1, name: 'MoU on Digital Development Cooperation' });
  await waitFor(() => expect(landed).toHaveFocus());
});
