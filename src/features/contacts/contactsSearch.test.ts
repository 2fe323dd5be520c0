import { describe, expect, test } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  parseContactsSearch,
  toContactsSearch,
  toggleAgency,
  validateContactsSearch,
} from './contactsSearch';

const parse = (raw: Record<string, unknown>) => parseContactsSearch(validateContactsSearch(raw));

describe('reading the contacts URL', () => {
  test('reads several agencies and a query', () => {
    expect(parse({ agency: 'kisa,nia', q: 'lim' })).toEqual({
      agencies: ['kisa', 'nia'],
      query: 'lim',
      unknownAgencies: [],
    });
  });

  test('drops unknown agencies and reports them once', () => {
    expect(parse({ agency: 'kisa,<script>,123,<script>' })).toEqual({
      agencies: ['kisa'],
      query: '',
      unknownAgencies: ['<script>', '123'],
    });
  });

  test('accepts numbers, repeated keys and odd casing', () => {
    expect(parse({ agency: 123 }).unknownAgencies).toEqual(['123']);
    expect(parse({ agency: ['NIA', 'kisa'] }).agencies).toEqual(['kisa', 'nia']);
  });

  test('reads a link in canonical form: known agencies once each in directory order, unknown ones after', () => {
    expect(validateContactsSearch({ agency: ['nia', 'KISA', 'nia'] })).toEqual({ agency: 'kisa,nia' });
    expect(validateContactsSearch({ agency: 'unesco,nia,unesco' })).toEqual({ agency: 'nia,unesco' });
    expect(validateContactsSearch({ agency: ' , ' })).toEqual({});
    expect(validateContactsSearch({ agency: 'nia,,KISA,' })).toEqual({ agency: 'kisa,nia' });
  });

  test('reads agencies given straight, in any case and spacing, as a link names them', () => {
    expect(parseContactsSearch({ agency: ' NIA ,, Kisa,nope, nope ', q: 'lim' })).toEqual({
      agencies: ['kisa', 'nia'],
      query: 'lim',
      unknownAgencies: ['nope'],
    });
    expect(parseContactsSearch({})).toEqual({ agencies: [], query: '', unknownAgencies: [] });
  });

  test('falls back to defaults for shapes nobody types', () => {
    expect(parse({ agency: { a: 1 }, q: [{}, 'y'] })).toEqual({ agencies: [], query: '', unknownAgencies: [] });
    expect(parse({})).toEqual({ agencies: [], query: '', unknownAgencies: [] });
  });

  test('caps a very long query', () => {
    expect(parse({ q: 'a'.repeat(5000) }).query).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('writing the canonical contacts URL', () => {
  test('leaves defaults out', () => {
    expect(toContactsSearch({ agencies: [], query: '' })).toEqual({});
    expect(toContactsSearch({ agencies: [], query: '   ' })).toEqual({});
  });

  test('orders agencies as the directory does, without duplicates, agency before q', () => {
    const search = toContactsSearch({ agencies: ['nia', 'msit', 'nia'], query: 'lee' });
    expect(search).toEqual({ agency: 'msit,nia', q: 'lee' });
    expect(Object.keys(search)).toEqual(['agency', 'q']);
  });

  test('round-trips', () => {
    const search = toContactsSearch({ agencies: ['k-data', 'kisa'], query: 'team' });
    expect(toContactsSearch(parse(search))).toEqual(search);
  });
});

test('toggling an agency adds it or removes it', () => {
  expect(toggleAgency(['kisa'], 'nia')).toEqual(['kisa', 'nia']);
  expect(toggleAgency(['kisa', 'nia'], 'kisa')).toEqual(['nia']);
});
