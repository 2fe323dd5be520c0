import { describe, expect, test } from 'vitest';
import { partialQueries, search } from './search';
import type { SearchResults } from './search';
import { loadMessages } from '../../i18n/catalogue';
import { buildSearchDocuments } from './searchDocuments';

await loadMessages('en', 'search', 'agenda');
await loadMessages('ko', 'search', 'agenda');
const documents = buildSearchDocuments('en');
const koreanDocuments = buildSearchDocuments('ko');

/** Results as "kind: title" lines, for readable expectations. */
const found = (results: SearchResults) =>
  results.groups.flatMap((group) =>
    group.hits.map((hit) => `${group.kind}: ${hit.title.map((segment) => segment.text).join('')}`),
  );

describe('what can be found', () => {
  test('every agenda item, speaker, agency, contact and MoU area, once', () => {
    const count = (kind: string) => documents.filter((document) => document.kind === kind).length;
    expect(count('agenda')).toBe(8);
    expect(count('people')).toBe(7);
    expect(count('agencies')).toBe(5);
    expect(count('contacts')).toBe(10);
    expect(count('areas')).toBe(9);
    expect(new Set(documents.map((document) => `${document.kind}:${document.key}`)).size).toBe(documents.length);
  });

  test('the World Bank is no agency and has no contacts', () => {
    const results = search(documents, 'world bank');
    expect(results.groups.map((group) => group.kind)).toEqual(['agenda', 'people']);
  });
});

describe('searching', () => {
  test('“cyber security” leads to the KISA talk, its speaker, KISA, MSIT and the MoU area', () => {
    expect(found(search(documents, 'cyber security'))).toEqual([
      'agenda: “Enhancing Cyber Security and Resilience”',
      'people: Lee Won Tae',
      'agencies: Ministry of Science and ICT (MSIT)',
      'agencies: Korea Internet and Security Agency (KISA)',
      'areas: Cyber security',
    ]);
  });

  test('groups come in a fixed order and the total counts every hit', () => {
    const results = search(documents, 'kisa');
    expect(results.groups.map((group) => group.kind)).toEqual(['agenda', 'people', 'agencies', 'contacts']);
    expect(results.total).toBe(5);
    expect(found(results)).toContain('contacts: Song Hye-in');
    expect(found(results)).toContain('contacts: Lim Minjee');
  });

  test('ignores case, hyphens and spacing in names', () => {
    for (const query of ['hyein', 'Hye-in', 'SONG HYE IN', 'songhyein', 'hye-IN song']) {
      expect(found(search(documents, query)), query).toEqual(['contacts: Song Hye-in']);
    }
    expect(found(search(documents, 'leewontae'))).toEqual([
      'agenda: “Enhancing Cyber Security and Resilience”',
      'people: Lee Won Tae',
    ]);
  });

  test('ignores diacritics', () => {
    expect(found(search(documents, 'Férro'))).toEqual(['agenda: Welcoming remarks', 'people: Manuela V. Ferro']);
  });

  test('finds agencies and their contacts by Korean name, whole or in part', () => {
    expect(found(search(documents, '한국인터넷진흥원'))).toEqual([
      'agencies: Korea Internet and Security Agency (KISA)',
      'contacts: Song Hye-in',
      'contacts: Lim Minjee',
    ]);
    expect(found(search(documents, '데이터')).filter((line) => line.startsWith('agencies'))).toEqual([
      'agencies: Korea Data Agency (K-Data)',
    ]);
  });

  test('every word must match, each anywhere in the result', () => {
    expect(found(search(documents, 'manager kisa'))).toEqual(['contacts: Lim Minjee']);
    expect(found(search(documents, 'team leader data'))).toEqual(['contacts: Kim Byungkon']);
  });

  test('finds a contact by phone number', () => {
    expect(found(search(documents, '820-1835'))).toEqual(['contacts: Song Hye-in']);
  });

  test('highlights the matched words in titles and lines', () => {
    const [hit] = search(documents, 'hye-in').groups[0]?.hits ?? [];
    expect(hit?.title).toEqual([
      { text: 'Song ', match: false },
      { text: 'Hye-in', match: true },
    ]);
    const kisaHit = search(documents, 'kisa').groups.find((group) => group.kind === 'contacts')?.hits[0];
    const teamLine = kisaHit?.lines.find((line) => line.text.startsWith('Global'));
    expect(teamLine?.segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['KISA']);
  });

  test('an empty or blank query finds nothing and has no terms', () => {
    expect(search(documents, '')).toEqual({ terms: [], groups: [], total: 0 });
    expect(search(documents, '   ')).toEqual({ terms: [], groups: [], total: 0 });
  });

  test('nonsense finds nothing', () => {
    expect(search(documents, 'zebra').total).toBe(0);
  });
});

describe('suggestions when nothing matches', () => {
  test('offers the words that match on their own', () => {
    expect(partialQueries(documents, 'cyber zebra')).toEqual([{ word: 'cyber', total: 5 }]);
    expect(partialQueries(documents, 'KISA Data Data')).toEqual([
      { word: 'KISA', total: 5 },
      { word: 'Data', total: expect.any(Number) },
    ]);
  });

  test('offers nothing for a single word', () => {
    expect(partialQueries(documents, 'zebra')).toEqual([]);
  });
});

describe('phone numbers and queries with nothing to search', () => {
  const PHONE_FORMS = ['061-820-1835', '0618201835', '+82 61 820 1835', '+82-61-820-1835', '820-1835'];

  test('a number in any common form finds its contact alone, with the number marked', () => {
    for (const query of PHONE_FORMS) {
      const results = search(documents, query);
      expect(found(results), query).toEqual(['contacts: Song Hye-in']);
      const phoneLine = results.groups[0]?.hits[0]?.lines.find((line) => line.tel);
      expect(phoneLine?.segments.filter((segment) => segment.match).length, query).toBeGreaterThan(0);
    }
  });

  test('words still match as before', () => {
    expect(found(search(documents, 'lim kisa'))).toEqual(['contacts: Lim Minjee']);
    expect(found(search(documents, '2023 ferro'))).toEqual(['agenda: Welcoming remarks']);
  });

  test('a query with nothing to search for, or one letter, is not searched', () => {
    for (const query of ['%', '../', '***'])
      expect(search(documents, query), query).toMatchObject({ problem: 'no letters', total: 0 });
    expect(search(documents, 'k')).toMatchObject({ problem: 'too short', total: 0 });
    expect(search(documents, '넷').total).toBe(3);
  });
});

describe('searching in Korean', () => {
  test('the Korean documents are the same things as the English ones', () => {
    const keys = (list: typeof documents) => list.map((document) => `${document.kind}:${document.key}`);
    expect(keys(koreanDocuments)).toEqual(keys(documents));
  });

  test('an agency’s Korean name, whole or in part, finds it and its contacts', () => {
    expect(found(search(koreanDocuments, '인터넷진흥원'))).toEqual([
      'agenda: “Enhancing Cyber Security and Resilience”',
      'people: Lee Won Tae',
      'agencies: 한국인터넷진흥원(KISA)',
      'contacts: Song Hye-in',
      'contacts: Lim Minjee',
    ]);
  });

  test('our Korean summary finds an item: “사이버” finds the KISA talk', () => {
    const results = search(koreanDocuments, '사이버');
    const [talk] = results.groups.find((group) => group.kind === 'agenda')?.hits ?? [];
    expect(talk?.document.key).toBe('enhancing-cyber-security-and-resilience');
    const summary = talk?.lines.at(-1);
    expect(summary?.text).toContain('사이버 보안 정책');
    expect(summary?.segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      '사이버',
      '사이버',
    ]);
    expect(found(results)).toContain('areas: 사이버 보안');
    // Spacing does not matter in Korean either.
    expect(found(search(koreanDocuments, '사이버보안'))).toEqual(found(search(koreanDocuments, '사이버 보안')));
  });

  test('our Korean gloss of a talk’s title finds the talk, with the words marked in the gloss', () => {
    const results = search(koreanDocuments, '새로운 여정');
    expect(found(results)).toEqual([
      'agenda: “A New Journey to Digital Platform Government”',
      'people: Hwang Jong Sung',
    ]);
    const [talk] = results.groups[0]?.hits ?? [];
    expect(talk?.titleGloss?.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      '새로운 여정',
    ]);
  });

  test('English names, titles and numbers still find things on a Korean page', () => {
    expect(found(search(koreanDocuments, 'hye-in'))).toEqual(['contacts: Song Hye-in']);
    expect(found(search(koreanDocuments, 'kisa'))).toHaveLength(5);
    expect(found(search(koreanDocuments, '820-1835'))).toEqual(['contacts: Song Hye-in']);
    expect(found(search(koreanDocuments, 'resilience'))).toEqual([
      'agenda: “Enhancing Cyber Security and Resilience”',
      'people: Lee Won Tae',
    ]);
    expect(found(search(koreanDocuments, 'Korea Internet and Security Agency'))).toEqual([
      'agencies: 한국인터넷진흥원(KISA)',
    ]);
  });

  test('quoted English is marked as English; our words are not marked', () => {
    const talk = koreanDocuments.find((document) => document.key === 'enhancing-cyber-security-and-resilience');
    expect(talk?.titleLang).toBe('en');
    expect(talk?.lines.map((line) => line.lang)).toEqual([undefined, 'en', undefined, undefined]);
    const signing = koreanDocuments.find((document) => document.key === 'mou-signing');
    expect(signing).toMatchObject({ title: '디지털 개발 협력 양해각서 서명', titleLang: undefined });
    expect(signing?.lines[0]?.text).toBe('1일 차, 2023년 3월 21일 (화) · 서명식');
  });
});
