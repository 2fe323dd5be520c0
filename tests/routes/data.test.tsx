import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderRoute } from '../renderRoute';

test('the overview and the footer lead to the open data page', async () => {
  const { user, router } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Korea Digital Days' });
  expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Open data' })).toHaveAttribute(
    'href',
    '/data',
  );
  await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Open data' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Open data' })).toHaveFocus();
  expect(currentUrl(router)).toBe('/data');
  expect(document.title).toBe('Open data · Korea Digital Days');
});

test('the open data page offers each file for download, and says how to credit and why there is no frab', async () => {
  renderRoute('/data');
  await screen.findByRole('heading', { level: 1, name: 'Open data' });
  const downloads = screen.getByRole('region', { name: 'Downloads' });
  const files = [
    ['The whole event (JSON)', 'korea-digital-days.json'],
    ['Its schema (JSON Schema)', 'korea-digital-days.schema.json'],
    ['Contacts (CSV)', 'contacts.csv'],
    ['Agenda (CSV)', 'agenda.csv'],
  ];
  for (const [name, file] of files) {
    const link = within(downloads).getByRole('link', { name });
    expect(link).toHaveAttribute('href', `/data/${file}`);
    expect(link).toHaveAttribute('download', file);
  }
  const licence = screen.getByRole('region', { name: 'Licence and credit' });
  expect(licence).toHaveTextContent(
    'Source: Ministry of Science and ICT, press release “Korea’s National Digital Strategy to Be Shared with the World”, KOGL Type 1',
  );
  expect(screen.getByRole('region', { name: 'What it holds' })).toHaveTextContent(
    /3 days with 8 agenda items, 7 people who spoke or led a session, 5 agencies, 10 contacts/,
  );
  expect(screen.getByRole('region', { name: 'What it holds' })).toHaveTextContent(/no schedule in the frab format/);
  expect(screen.getByRole('region', { name: 'Stable ids' })).toHaveTextContent('/contacts#song-hye-in');
});
