import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { subPathURL } from '../../playwright.config';
import { expect, test } from './fixtures';
import { pageNamed } from './routes';

const data = pageNamed('data');

test('open data: from the overview to /data, then the contacts download opens as CSV with Korean names', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Open data' }).click();
  await expect(page).toHaveURL('/data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.heading);
  await expect(page).toHaveTitle(data.title);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Contacts (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('contacts.csv');
  const file = await readFile((await download.path()) ?? '', 'utf8');
  expect(file.startsWith('\uFEFFid,agency,')).toBe(true);
  const rows: Record<string, string>[] = parse(file, { bom: true, columns: true });
  expect(rows).toHaveLength(10);
  expect(rows.find((row) => row.id === 'song-hye-in')).toMatchObject({
    agency_name_ko: '한국인터넷진흥원',
    phone: '061-820-1835',
    tel_uri: 'tel:+82-61-820-1835',
  });
});

test('every download on /data is served, as JSON or CSV', async ({ page, request }) => {
  await page.goto('/data');
  const links = page.getByRole('region', { name: 'Downloads' }).getByRole('link');
  await expect(links).toHaveCount(4);
  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
    const response = await request.get(href ?? '');
    expect(response.status(), href ?? '').toBe(200);
    expect(response.headers()['content-type'], href ?? '').toMatch(/^(application\/json|text\/csv)/);
  }
  const dataset = await (await request.get('/data/korea-digital-days.json')).json();
  expect(dataset.people).toHaveLength(7);
});

test.describe('under a sub-path', () => {
  test.use({ baseURL: subPathURL });

  test('the downloads stay under the sub-path', async ({ page, request }) => {
    await page.goto('data');
    const json = page.getByRole('link', { name: 'The whole event (JSON)' });
    await expect(json).toHaveAttribute('href', '/some/sub/path/data/korea-digital-days.json');
    const response = await request.get(new URL('data/korea-digital-days.json', subPathURL).href);
    expect((await response.json()).event.name).toBe('Korea Digital Days');
  });
});
