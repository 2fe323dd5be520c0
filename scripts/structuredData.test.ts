import { expect, test } from 'vitest';
import { structuredDataFor, structuredDataScript, type StructuredData } from './structuredData';

/** The block as a search engine reads it: the script's text, parsed. */
function parsed(data: StructuredData | undefined): Record<string, unknown> {
  expect(data).toBeDefined();
  const script = structuredDataScript(data as StructuredData);
  const json = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(script)?.[1];
  return JSON.parse(json ?? '') as Record<string, unknown>;
}

test('the overview describes the event: dates, both organisers, every item with its speakers, and no venue', () => {
  const event = parsed(structuredDataFor('/'));
  expect(event).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Korea Digital Days',
    startDate: '2023-03-21',
    endDate: '2023-03-23',
    organizer: [
      { '@type': 'GovernmentOrganization', name: 'Ministry of Science and ICT' },
      { '@type': 'Organization', name: 'World Bank' },
    ],
  });
  expect(event).not.toHaveProperty('location');
  const items = event.subEvent as Array<Record<string, unknown>>;
  expect(items).toHaveLength(8);
  expect(items.map((item) => item.startDate)).toEqual([
    '2023-03-21',
    '2023-03-21',
    '2023-03-21',
    '2023-03-21',
    '2023-03-22',
    '2023-03-22',
    '2023-03-23',
    '2023-03-23',
  ]);
  expect(items[1]).toMatchObject({ '@type': 'Event', name: 'Signing of the MoU on digital development cooperation' });
  expect(items[0]?.performer).toEqual([
    expect.objectContaining({
      '@type': 'Person',
      name: 'Guangzhe Chen',
      jobTitle: 'Vice President for Infrastructure',
    }),
    expect.objectContaining({ '@type': 'Person', name: 'Manuela V. Ferro' }),
  ]);
});

test('a day page describes the event with that day’s items only, titles quoted as the page shows them', () => {
  const event = parsed(structuredDataFor('/agenda/2023-03-22'));
  expect(event['@type']).toBe('Event');
  expect(event.subEvent).toEqual([
    expect.objectContaining({ name: '“A New Journey to Digital Platform Government”', startDate: '2023-03-22' }),
    expect.objectContaining({
      name: '“Enhancing Cyber Security and Resilience”',
      url: expect.stringMatching(/\/agenda\/2023-03-22#enhancing-cyber-security-and-resilience$/),
      performer: [
        expect.objectContaining({ name: 'Lee Won Tae', url: expect.stringMatching(/\/people\/lee-won-tae$/) }),
      ],
    }),
  ]);
});

test('a person page describes the person, and an agency page the agency with its Korean name', () => {
  const person = parsed(structuredDataFor('/people/hur-sung-wook'));
  expect(person).toMatchObject({
    '@type': 'Person',
    name: 'Hur Sung-Wook',
    jobTitle: 'President',
    worksFor: { '@type': 'GovernmentOrganization', name: 'National IT Industry Promotion Agency' },
  });
  const agency = parsed(structuredDataFor('/agencies/kisa'));
  expect(agency).toMatchObject({
    '@type': 'GovernmentOrganization',
    name: 'Korea Internet and Security Agency',
    alternateName: '한국인터넷진흥원',
    url: expect.stringMatching(/\/agencies\/kisa$/),
  });
});

test('pages that show no one thing, and unknown addresses, carry none', () => {
  for (const path of ['/mou', '/contacts', '/agencies', '/people', '/search', '/404.html', '/agenda/2023-13-45']) {
    expect(structuredDataFor(path), path).toBeUndefined();
  }
  expect(structuredDataFor('/people/lee-jong-ho')).toBeUndefined();
});

test('no text in the data can close the script element', () => {
  const hostile = { '@context': 'https://schema.org', '@type': 'Person', name: '</script><script>alert(1)</script>' };
  const script = structuredDataScript(hostile as StructuredData);
  expect(script.match(/<\/script>/g)).toHaveLength(1);
  expect(script.match(/</g)).toHaveLength(2);
  expect(parsed(hostile as StructuredData)).toEqual(hostile);
});
