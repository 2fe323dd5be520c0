import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderRoute } from '../renderRoute';

test('/people lists the seven people in programme order, each linked to their page', async () => {
  renderRoute('/people');
  expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const names = screen.getAllByRole('heading', { level: 2 });
  expect(names.map((heading) => heading.textContent)).toEqual([
    'Guangzhe Chen',
    'Manuela V. Ferro',
    'Ryu Kwang Jun',
    'Hur Sung-Wook',
    'Hwang Jong Sung',
    'Lee Won Tae',
    'Yoon Heajeang',
  ]);
  expect(screen.getByRole('link', { name: 'Hur Sung-Wook' })).toHaveAttribute('href', '/people/hur-sung-wook');
  expect(screen.queryByText(/Lee Jong-Ho|Yoon Suk Yeol/)).not.toBeInTheDocument();
  await waitFor(() => expect(document.title).toBe('People · Korea Digital Days'));
});

test('a person’s page gives their title, organisation, talk on its day, agency and its contacts', async () => {
  renderRoute('/people/lee-won-tae');
  expect(await screen.findByRole('heading', { level: 1, name: 'Lee Won Tae' })).toBeVisible();
  const facts = screen.getByRole('region', { name: 'As published' });
  expect(within(facts).getByText('Title').closest('div')).toHaveTextContent('President');
  expect(within(facts).getByRole('link', { name: 'Korea Internet and Security Agency' })).toHaveAttribute(
    'href',
    '/agencies/kisa',
  );
  expect(within(facts).getByRole('button', { name: /Copy link to Lee Won Tae/ })).toBeInTheDocument();

  const programme = screen.getByRole('region', { name: 'At Korea Digital Days' });
  expect(within(programme).getByRole('link', { name: '“Enhancing Cyber Security and Resilience”' })).toHaveAttribute(
    'href',
    '/agenda/2023-03-22#enhancing-cyber-security-and-resilience',
  );
  expect(programme).toHaveTextContent('Day 2, Wednesday 22 March 2023');

  const contacts = screen.getByRole('region', { name: 'Contacts at KISA' });
  expect(
    within(contacts)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent),
  ).toEqual(['Song Hye-in', 'Lim Minjee']);
  expect(within(contacts).getByRole('link', { name: 'About KISA' })).toHaveAttribute('href', '/agencies/kisa');
  expect(within(contacts).getByRole('link', { name: 'KISA in the contact directory' })).toHaveAttribute(
    'href',
    '/contacts?agency=kisa',
  );
  await waitFor(() => expect(document.title).toBe('Lee Won Tae · Korea Digital Days'));
});

test('a World Bank speaker has no agency contacts, since the release lists none there', async () => {
  renderRoute('/people/manuela-v-ferro');
  expect(await screen.findByRole('heading', { level: 1, name: 'Manuela V. Ferro' })).toBeVisible();
  expect(screen.getByText('World Bank')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Welcoming remarks' })).toHaveAttribute(
    'href',
    '/agenda/2023-03-21#welcoming-remarks',
  );
  expect(screen.queryByRole('region', { name: /Contacts at/ })).not.toBeInTheDocument();
});

test.each(['lee-jong-ho', 'yoon-suk-yeol', '%3Cscript%3E', 'x'.repeat(300)])(
  '/people/%s says there is no such person and lists the real ones',
  async (slug) => {
    renderRoute(`/people/${slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'No such person' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Yoon Heajeang' })).toHaveAttribute('href', '/people/yoon-heajeang');
    expect(screen.getByRole('link', { name: 'Overview of the event' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('No such person · Korea Digital Days'));
  },
);

test('a person’s address in capitals goes to its one URL', async () => {
  const { router } = renderRoute('/people/Hur-Sung-Wook');
  expect(await screen.findByRole('heading', { level: 1, name: 'Hur Sung-Wook' })).toBeVisible();
  expect(currentUrl(router)).toBe('/people/hur-sung-wook');
});

test('speaker names on the agenda, an agency’s page and search results lead to the person', async () => {
  const { user, router } = renderRoute('/agenda/2023-03-22');
  await user.click(await screen.findByRole('link', { name: 'Lee Won Tae' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Lee Won Tae' })).toBeVisible();
  expect(currentUrl(router)).toBe('/people/lee-won-tae');

  await router.navigate({ to: '/agencies/$agency', params: { agency: 'nipa' } });
  const programme = await screen.findByRole('region', { name: 'At Korea Digital Days' });
  expect(within(programme).getByRole('link', { name: 'Hur Sung-Wook' })).toHaveAttribute(
    'href',
    '/people/hur-sung-wook',
  );

  await router.navigate({ to: '/search', search: { q: 'heajeang' } });
  const people = await screen.findByRole('region', { name: /People/ });
  expect(within(people).getByRole('link', { name: /Yoon Heajeang/ })).toHaveAttribute('href', '/people/yoon-heajeang');
});

test('the main navigation has People', async () => {
  renderRoute('/');
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  expect(within(nav).getByRole('link', { name: 'People' })).toHaveAttribute('href', '/people');
});
