import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { days } from '../src/data/agenda';
import { contacts } from '../src/data/contacts';
import { agencies } from '../src/data/organisations';
import { OPEN_DATA_FILES } from '../src/features/data/openDataFiles';
import { toInternational, toTelUri } from '../src/lib/phone';
import { slugify } from '../src/lib/slugify';
import { openDataFiles } from './openDataFiles';

const files = openDataFiles();
const dataset = JSON.parse(files[OPEN_DATA_FILES.json] ?? '');
const schema = JSON.parse(files[OPEN_DATA_FILES.schema] ?? '');
const csv = (name: string): Record<string, string>[] => parse(files[name] ?? '', { bom: true, columns: true });

test('the four files, each at its published name', () => {
  expect(Object.keys(files).sort()).toEqual(
    ['agenda.csv', 'contacts.csv', 'korea-digital-days.json', 'korea-digital-days.schema.json'].sort(),
  );
});

describe('the JSON', () => {
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

  test('is valid against its published JSON Schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
  });

  test('the schema rejects what the data check rejects: a bad phone, an unknown key, a missing field', () => {
    const broken = structuredClone(dataset);
    broken.contacts[0].phone = '044-202-627';
    broken.mou.sigend = '2023-03-21';
    delete broken.days[0].items[0].topic;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual([
      '/contacts/0/phone',
      '/days/0/items/0',
      '/mou',
    ]);
  });

  test('the schema rejects a date or an address with anything before or after it', () => {
    const rejected = (edit: (copy: typeof dataset) => void) => {
      const broken = structuredClone(dataset);
      edit(broken);
      return validate(broken) ? [] : validate.errors?.map((error) => error.instancePath);
    };
    expect(rejected((copy) => (copy.event.start = 'x2023-03-21'))).toEqual(['/event/start']);
    expect(rejected((copy) => (copy.mou.signed = '2023-03-21x'))).toEqual(['/mou/signed']);
    expect(rejected((copy) => (copy.source.url = 'see https://www.msit.go.kr/eng'))).toEqual(['/source/url']);
    expect(rejected((copy) => (copy.source.url = 'https://www.msit.go.kr/eng and more'))).toEqual(['/source/url']);
  });

  test('the schema tells a reader where each id leads and how phones are written', () => {
    expect(schema.title).toBe('Korea Digital Days');
    expect(schema.description).toBe(
      'The event of 21–23 March 2023, from the MSIT press release “Korea’s National Digital Strategy to Be Shared with the World”, under KOGL Type 1.',
    );
    const { days: day, people, agencies: agency, contacts: contact } = schema.properties;
    expect(day.items.properties.id.description).toBe('Stable id: the page /agenda/<id>');
    expect(day.items.properties.items.items.properties.slug.description).toBe(
      'Stable id: the item at /agenda/<day id>#<slug>',
    );
    expect(people.items.properties.id.description).toBe('Stable id: the slug of the name, as in /people/<id>');
    expect(agency.items.properties.id.description).toBe(
      'Stable id: the page /agencies/<id>, and /contacts?agency=<id>',
    );
    expect(contact.items.properties.id.description).toBe('Stable id: the contact at /contacts#<id>');
    expect(contact.items.properties.phone.description).toBe(
      'As published, in Korean domestic form: 044-202-6270. Abroad, dial +82 44-202-6270.',
    );
  });

  test('holds the days, items, people, agencies, contacts and the MoU under the ids the site’s addresses use', () => {
    expect(dataset.days.map((day: { id: string }) => day.id)).toEqual(days.map((day) => day.id));
    expect(dataset.days.flatMap((day: { items: { slug: string }[] }) => day.items.map((item) => item.slug))).toEqual(
      days.flatMap((day) => day.items.map((item) => item.slug)),
    );
    expect(dataset.agencies.map((agency: { id: string }) => agency.id)).toEqual(agencies.map((agency) => agency.id));
    expect(dataset.contacts.map((contact: { id: string }) => contact.id)).toEqual(
      contacts.map((contact) => contact.id),
    );
    expect(dataset.mou.areas).toHaveLength(9);
    expect(dataset.people.map((person: { id: string; name: string }) => [person.id, person.name])).toEqual(
      [
        'Guangzhe Chen',
        'Manuela V. Ferro',
        'Ryu Kwang Jun',
        'Hur Sung-Wook',
        'Hwang Jong Sung',
        'Lee Won Tae',
        'Yoon Heajeang',
      ].map((name) => [slugify(name), name]),
    );
    expect(dataset.people[3]).toEqual({
      id: 'hur-sung-wook',
      name: 'Hur Sung-Wook',
      title: 'President',
      organisation: 'nipa',
      items: [{ day: '2023-03-21', slug: 'ai-for-participation-solidarity-and-prosperity' }],
    });
  });
});

describe('the CSV files', () => {
  test('open with a CSV parser: a header row, one row per contact and per agenda item, Hangul intact', () => {
    for (const name of [OPEN_DATA_FILES.contacts, OPEN_DATA_FILES.agenda]) {
      const file = files[name] ?? '';
      expect(file.startsWith('\uFEFF'), name).toBe(true);
      expect(file.replaceAll('\r\n', '').includes('\n'), name).toBe(false);
    }
    const contactRows = csv(OPEN_DATA_FILES.contacts);
    expect(contactRows).toHaveLength(contacts.length);
    expect(contactRows.find((row) => row.id === 'song-hye-in')).toMatchObject({
      agency: 'kisa',
      agency_name: 'Korea Internet and Security Agency',
      agency_name_ko: '한국인터넷진흥원',
      role: 'head',
      name: 'Song Hye-in',
      team: 'Global Cooperation Team',
    });
    const agendaRows = csv(OPEN_DATA_FILES.agenda);
    expect(agendaRows.map((row) => [row.day, row.slug])).toEqual(
      days.flatMap((day) => day.items.map((item) => [day.id, item.slug])),
    );
    expect(agendaRows.find((row) => row.slug === 'ai-for-participation-solidarity-and-prosperity')).toMatchObject({
      position: '4',
      kind: 'keynote',
      title: 'AI for Participation, Solidarity and Prosperity',
      speakers: 'Hur Sung-Wook (President, National IT Industry Promotion Agency)',
      organisations: 'NIPA',
    });
  });
});

test('every published phone number round-trips: as in the data, in international form and as a tel: link', () => {
  const contactRows = csv(OPEN_DATA_FILES.contacts);
  for (const contact of contacts) {
    const row = contactRows.find((candidate) => candidate.id === contact.id);
    const published = dataset.contacts.find((candidate: { id: string }) => candidate.id === contact.id);
    expect(published?.phone, contact.id).toBe(contact.phone);
    expect(row?.phone, contact.id).toBe(contact.phone);
    expect(row?.phone_international, contact.id).toBe(toInternational(contact.phone));
    expect(row?.tel_uri, contact.id).toBe(toTelUri(contact.phone));
    // The international form and the tel: link name the same number as the domestic one.
    expect(row?.tel_uri?.replace(/^tel:\+82-/, '0'), contact.id).toBe(contact.phone);
    expect(row?.phone_international?.replace(/^\+82 /, '0'), contact.id).toBe(contact.phone);
  }
});
