import fc from 'fast-check';

/**
 * Generators for what people and programs put into URLs: any Unicode, very
 * long text, JSON, numbers, arrays, empty keys, prototype keys and broken
 * percent-encoding.
 */

const anyCodePoints = fc.string({ unit: 'binary', maxLength: 40 });
const graphemes = fc.string({ unit: 'grapheme', maxLength: 20 });
const veryLong = fc.string({
  unit: fc.constantFrom('a', ' ', ',', '-', '한', '😀', 'é', '%'),
  minLength: 190,
  maxLength: 4000,
});
const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', '\u200b'), maxLength: 5 });

const jsonLooking = fc.oneof(
  fc.json({ maxDepth: 2 }),
  fc.constantFrom(
    '{',
    '[',
    '"',
    '""',
    '[]',
    '{}',
    'null',
    'true',
    'false',
    'undefined',
    'NaN',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '["kisa","nia"]',
    '[["kisa"]]',
    '"kisa"',
    '{"agency":"kisa"}',
  ),
);

const numberLooking = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '0',
    '-0',
    '1e400',
    '-1e400',
    '0x10',
    '1_000',
    '.5',
    '5.',
    '+1',
    '0123',
    '9007199254740993',
    '١٢٣',
    '１２３',
  ),
);

const brokenPercent = fc
  .array(
    fc.constantFrom(
      '%',
      '%%',
      '%E0%A4%A',
      '%zz',
      '%00',
      '%2C',
      '%252C',
      '%25',
      '+',
      '%20',
      '%F0%9F%98',
      '%C0%AF',
      '%ED%A0%80',
      'a',
    ),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));

/** Lone UTF-16 halves: no URL decodes to them, but text handed to a serializer may hold them. */
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  minLength: 1,
  maxLength: 3,
});

const agencyLike = fc
  .array(
    fc.constantFrom(
      'msit',
      'nipa',
      'k-data',
      'kisa',
      'nia',
      'KISA',
      ' nia ',
      'K-Data',
      'world-bank',
      '',
      'kisa,',
      '__proto__',
    ),
    {
      maxLength: 7,
    },
  )
  .map((ids) => ids.join(','));

/** Any text a person or a program might put in one URL value. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  anyCodePoints,
  graphemes,
  veryLong,
  whitespace,
  jsonLooking,
  numberLooking,
  brokenPercent,
  agencyLike,
  fc.string(),
);

/** Like `anyText`, plus lone surrogates: text typed or pasted into a field. */
export const anyTypedText: fc.Arbitrary<string> = fc.oneof(
  anyText,
  fc.tuple(anyText, loneSurrogates, anyText).map((parts) => parts.join('')),
);

const hostileKeys = fc.constantFrom(
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '[]',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
);

/** One value as it appears in the address bar: percent-encoded, form-encoded or pasted raw. */
function asWritten(text: string, style: 'encoded' | 'form' | 'raw'): string {
  if (style === 'raw') return text;
  if (style === 'form') return new URLSearchParams({ v: text }).toString().slice(2);
  return encodeURIComponent(text);
}

const writingStyle = fc.constantFrom('encoded', 'form', 'raw') as fc.Arbitrary<'encoded' | 'form' | 'raw'>;

/**
 * A raw query string (with or without its `?`) whose keys mix the ones the
 * page reads with hostile ones, repeated keys among them.
 */
export function anyQueryString(knownKeys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...knownKeys) },
    { weight: 2, arbitrary: hostileKeys },
    { weight: 1, arbitrary: fc.constantFrom(...knownKeys.map((known) => known.toUpperCase())) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const pair = fc
    .tuple(key, anyText, writingStyle, fc.boolean())
    .map(([name, value, style, bare]) =>
      bare ? asWritten(name, style) : `${asWritten(name, style)}=${asWritten(value, style)}`,
    );
  const structured = fc
    .tuple(fc.constantFrom('?', ''), fc.array(pair, { maxLength: 6 }), fc.constantFrom('&', '&&', ';'))
    .map(([prefix, pairs, separator]) => `${prefix}${pairs.join(separator)}`);
  return fc.oneof({ weight: 5, arbitrary: structured }, { weight: 1, arbitrary: anyText.map((text) => `?${text}`) });
}

/** A path segment as a router hands it over: already decoded, so any text. */
export function anyPathParam(canonical: readonly string[]): fc.Arbitrary<string> {
  const nearMiss = fc
    .constantFrom(...canonical)
    .chain((value) =>
      fc.constantFrom(
        value,
        value.toUpperCase(),
        ` ${value}`,
        `${value} `,
        `${value}/`,
        `${value}.html`,
        value.replaceAll('-', ''),
        value.replace(/0(\d)/g, '$1'),
        `${value}\u0000`,
        encodeURIComponent(value),
      ),
    );
  return fc.oneof(
    { weight: 3, arbitrary: anyText },
    { weight: 1, arbitrary: nearMiss },
    { weight: 1, arbitrary: hostileKeys },
  );
}

/** A location hash as the router reports it, with or without `#`, encoded or not. */
export function anyHash(canonical: readonly string[]): fc.Arbitrary<string> {
  const text = fc.oneof(
    { weight: 3, arbitrary: anyText },
    { weight: 1, arbitrary: fc.constantFrom(...canonical) },
    { weight: 1, arbitrary: fc.constantFrom(...canonical).map((slug) => slug.toUpperCase()) },
  );
  return fc
    .tuple(fc.constantFrom('#', ''), text, writingStyle)
    .map(([prefix, value, style]) => `${prefix}${asWritten(value, style)}`);
}

/**
 * A hash that names one of the canonical slugs, each letter in either case, with
 * or without `#`, encoded or not, with the slug it names.
 */
export function anyHashNaming(canonical: readonly string[]): fc.Arbitrary<{ hash: string; slug: string }> {
  const anyCase = (slug: string) =>
    fc
      .array(fc.boolean(), { minLength: slug.length, maxLength: slug.length })
      .map((upper) => Array.from(slug, (char, i) => (upper[i] ? char.toUpperCase() : char)).join(''));
  return fc
    .constantFrom(...canonical)
    .chain((slug) =>
      fc
        .tuple(fc.constantFrom('#', ''), anyCase(slug), writingStyle)
        .map(([prefix, cased, style]) => ({ hash: `${prefix}${asWritten(cased, style)}`, slug })),
    );
}

const ORIGIN = 'http://127.0.0.1';

/**
 * Anything typed into the address bar of this site, as the browser hands it
 * to the app: path, query and hash, normalized by the WHATWG URL parser.
 */
export function anyTypedUrl(
  paths: readonly string[],
  queryKeys: readonly string[],
  slugs: readonly string[],
): fc.Arbitrary<string> {
  const path = fc.oneof(
    fc.constantFrom(...paths),
    fc
      .tuple(fc.constantFrom(...paths), anyPathParam(paths.map((known) => known.split('/').at(-1) ?? '')))
      .map(([prefix, param]) => `${prefix}/${param}`),
    anyText.map((text) => `/${text}`),
    fc.constantFrom(
      '//evil.example/mou',
      '/./mou',
      '/../mou',
      '/%2e%2e/mou',
      '/mou/',
      '/MOU',
      '/contacts/',
      '/agenda//',
      '/\\evil',
    ),
  );
  return fc.tuple(path, anyQueryString(queryKeys), anyHash(slugs)).map(([pathname, search, hash]) => {
    const typed = `${pathname}${search && !search.startsWith('?') ? `?${search}` : search}${hash && !hash.startsWith('#') ? `#${hash}` : hash}`;
    try {
      const url = new URL(typed, ORIGIN);
      if (url.origin === ORIGIN) return url.href.slice(ORIGIN.length);
    } catch {
      // The browser would not navigate there; try it as a path instead.
    }
    return `/${encodeURIComponent(typed)}`;
  });
}
