import { expect, test } from 'vitest';
import { jsonScriptTag } from './jsonScriptTag';

/** The element's text, as a reader of the page parses it. */
function dataIn(tag: string): unknown {
  return JSON.parse(/^<script[^>]*>(.*)<\/script>$/s.exec(tag)?.[1] ?? '');
}

test('the data comes back whole, in an element of the given type and id', () => {
  const data = { name: 'Korea Digital Days', days: ['2023-03-21', '2023-03-22'], counts: { contacts: 10 } };
  const tag = jsonScriptTag('application/json', data, 'prerendered-formats');
  expect(tag.startsWith('<script type="application/json" id="prerendered-formats">')).toBe(true);
  expect(dataIn(tag)).toEqual(data);
});

test('without an id the element has none', () => {
  expect(jsonScriptTag('application/ld+json', { a: 1 })).toBe('<script type="application/ld+json">{"a":1}</script>');
});

test('no text in the data can close the element or open another', () => {
  const hostile = { name: '</script><script>alert(1)</script><!--' };
  const tag = jsonScriptTag('application/json', hostile, 'x');
  expect(tag.match(/</g)).toHaveLength(2);
  expect(dataIn(tag)).toEqual(hostile);
});
