import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderRoute } from '../renderRoute';

test('KISA’s page gives its names, group, talk, contacts and MoU area', async () => {
  renderRoute('/agencies/kisa');
  expect(await screen.findByRole('heading', { level: 1, name: 'Korea Internet and Security Agency' })).toBeVisible();
  const facts = screen.getByRole('region', { name: 'KISA at a glance' });
  const row = (term: string) => within(facts).getByText(term).closest('div');
  expect(row('Short name')).toHaveTextContent('KISA');
  expect(within(facts).getByText('한국인터넷진흥원')).toHaveAttribute('lang', 'ko');
  expect(row('Listed under')).toHaveTextContent('Affiliated Organization');
  expect(within(facts).queryByText('The MoU')).not.toBeInTheDocument();

  const programme = screen.getByRole('region', { name: 'At Korea Digital Days' });
  expect(within(programme).getByRole('link', { name: '“Enhancing Cyber Security and Resilience”' })).toHaveAttribute(
    'href',
    '/agenda/2023-03-22#enhancing-cyber-security-and-resilience',
  );
  expect(programme).toHaveTextContent('Day 2, Wednesday 22 March 2023');
  expect(programme).toHaveTextContent('Lee Won Tae, President');

  const contacts = screen.getByRole('region', { name: 'Contacts' });
  expect(
    within(contacts)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent),
  ).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(within(contacts).getByRole('link', { name: 'Call Song Hye-in on +82 61-820-1835' })).toHaveAttribute(
    'href',
    'tel:+82-61-820-1835',
  );
  expect(within(contacts).queryByRole('link', { name: 'KISA' })).not.toBeInTheDocument();
  expect(within(contacts).getByRole('link', { name: 'KISA in the contact directory' })).toHaveAttribute(
    'href',
    '/contacts?agency=kisa',
  );

  const areas = screen.getByRole('region', { name: 'MoU areas its work relates to' });
  expect(
    within(areas)
      .getAllByRole('term')
      .map((term) => term.textContent),
  ).toEqual(['Cyber security']);
  expect(within(areas).getByRole('definition')).toHaveTextContent('“Enhancing Cyber Security and Resilience”');
  expect(within(areas).getByRole('link', { name: 'The talk, Day 2' })).toHaveAttribute(
    'href',
    '/agenda/2023-03-22#enhancing-cyber-security-and-resilience',
  );
  await waitFor(() => expect(document.title).toBe('KISA, Korea Internet and Security Agency · Korea Digital Days'));
});

test.each([
  ['msit', 'Ministry of Science and ICT', '과학기술정보통신부', ['Jang Eunyoung', 'Park Suhyun']],
  ['nipa', 'National IT Industry Promotion Agency', '정보통신산업진흥원', ['Yum ChangYeol', 'Lim Seulah']],
  ['nia', 'National Information Society Agency', '한국지능정보사회진흥원', ['Yang Hyunsoo', 'Oh Daehoon']],
  ['k-data', 'Korea Data Agency', '한국데이터산업진흥원', ['Kim Byungkon', 'Lee Junho']],
])('/agencies/%s has its names and its two contacts', async (id, name, nameKo, people) => {
  renderRoute(`/agencies/${id}`);
  expect(await screen.findByRole('heading', { level: 1, name })).toBeVisible();
  expect(screen.getByText(nameKo)).toHaveAttribute('lang', 'ko');
  const contacts = screen.getByRole('region', { name: 'Contacts' });
  expect(
    within(contacts)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent),
  ).toEqual(people);
  const others = screen.getByRole('navigation', { name: 'Other agencies' });
  expect(within(others).getAllByRole('link')).toHaveLength(4);
});

test('MSIT’s page shows both its day 1 items, the MoU it signed and the areas it plans to work in', async () => {
  renderRoute('/agencies/msit');
  const programme = await screen.findByRole('region', { name: 'At Korea Digital Days' });
  expect(
    within(programme)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent),
  ).toEqual([
    'Signing of the MoU on digital development cooperation',
    'The New York Initiative and Korea’s National Digital Strategy',
  ]);
  const facts = screen.getByRole('region', { name: 'MSIT at a glance' });
  expect(within(facts).getByText('The MoU').closest('div')).toHaveTextContent(
    'Signed it with the World Bank on 21 March 2023',
  );
  const areas = screen.getByRole('region', { name: 'MoU areas its work relates to' });
  expect(
    within(areas)
      .getAllByRole('term')
      .map((term) => term.textContent),
  ).toEqual(['Artificial intelligence', 'Data', 'Cyber security']);
  expect(areas).toHaveTextContent(
    'As a party to the MoU, MSIT shares all 9 with the World Bank as areas of common interest.',
  );
  const [reason, ...others] = within(areas).getAllByRole('definition');
  expect(others).toEqual([]);
  expect(reason).toHaveTextContent('“such as AI, data and cyber security”');
  expect(within(reason as HTMLElement).getByRole('link', { name: 'The MoU’s purpose' })).toHaveAttribute(
    'href',
    '/mou',
  );
});

test('an unknown agency gets a not-found page listing the real ones', async () => {
  renderRoute('/agencies/samsung');
  expect(await screen.findByRole('heading', { level: 1, name: 'No such agency' })).toBeVisible();
  expect(screen.getByText(/no agency “samsung”/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Korea Data Agency (K-Data)' })).toHaveAttribute('href', '/agencies/k-data');
  expect(screen.getByRole('link', { name: 'Overview of the event' })).toBeInTheDocument();
  await waitFor(() => expect(document.title).toBe('No such agency · Korea Digital Days'));
});

test('the World Bank has no agency page, since the release lists no contacts there', async () => {
  renderRoute('/agencies/world-bank');
  expect(await screen.findByRole('heading', { level: 1, name: 'No such agency' })).toBeVisible();
});

test('an agency id in capitals goes to its one URL', async () => {
  const { router } = renderRoute('/agencies/KISA');
  expect(await screen.findByRole('heading', { level: 1, name: 'Korea Internet and Security Agency' })).toBeVisible();
  expect(currentUrl(router)).toBe('/agencies/kisa');
});

test('/agencies lists the five agencies and says why the World Bank has no page', async () => {
  const { user, router } = renderRoute('/agencies');
  expect(await screen.findByRole('heading', { level: 1, name: 'Agencies' })).toBeVisible();
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    'Ministry of Science and ICT (MSIT)',
    'National IT Industry Promotion Agency (NIPA)',
    'Korea Data Agency (K-Data)',
    'Korea Internet and Security Agency (KISA)',
    'National Information Society Agency (NIA)',
    'The World Bank',
  ]);
  const worldBank = screen.getByRole('region', { name: 'The World Bank' });
  expect(worldBank).toHaveTextContent(
    'The World Bank co-hosted the event and is the other party to the MoU. The press release lists no contacts at the World Bank',
  );
  expect(within(worldBank).getByRole('link', { name: 'Closing ceremony, Day 3' })).toHaveAttribute(
    'href',
    '/agenda/2023-03-23#closing-ceremony',
  );
  await user.click(screen.getByRole('link', { name: 'Korea Internet and Security Agency (KISA)' }));
  const landed = await screen.findByRole('heading', { level: 1, name: 'Korea Internet and Security Agency' });
  await waitFor(() => expect(landed).toHaveFocus());
  expect(currentUrl(router)).toBe('/agencies/kisa');
});
