import { defaultParseSearch } from '@tanstack/react-router';
import { expect, test } from 'vitest';
import { stringifyReadableSearch } from './readableSearch';

test('lists keep their commas', () => {
  expect(stringifyReadableSearch({ agency: 'kisa,nia' })).toBe('?agency=kisa,nia');
});

test('numbers and true/false typed as text are written as typed', () => {
  expect(stringifyReadableSearch({ q: '1835' })).toBe('?q=1835');
  expect(stringifyReadableSearch({ agency: 'true' })).toBe('?agency=true');
});

test('text that would read back as something else keeps its quotes', () => {
  for (const q of ['[]', 'null', '{"a":1}', '"quoted"', '1e3', '-0', ' 12', '1.50']) {
    const written = stringifyReadableSearch({ q });
    expect((defaultParseSearch(written) as { q: unknown }).q, written).toBe(q);
  }
});

test('keys keep their order, and empty searches write nothing', () => {
  expect(stringifyReadableSearch({ agency: 'kisa', q: 'lee won' })).toBe('?agency=kisa&q=lee+won');
  expect(stringifyReadableSearch({})).toBe('');
});
