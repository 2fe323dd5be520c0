import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { localeOfPath } from '../../src/i18n/locales';
import { prerenderRoutes } from '../../src/prerenderRoutes';
import { renderLoadedRoute } from '../renderRoute';

// What a Korean page may show in Latin letters outside quoted English
// (lang="en"): abbreviations and names that Korean writes this way too, file
// formats, and numbers. Anything else is an English UI string left untranslated.
const allowed = new Set([
  'AI',
  'CSV',
  'ICT',
  'JSON',
  'KOGL',
  'MSIT',
  'NIPA',
  'NIA',
  'KISA',
  'K-Data',
  'MoU',
  'ID',
  'URL',
  'vCard',
  'iCalendar',
  'ICS',
  'VCF',
  'UTF-8',
  'BOM',
  'RFC',
  'Schema',
  'JSON-LD',
  'frab',
]);

const koreanPages = prerenderRoutes().filter((path) => localeOfPath(path) === 'ko' && !path.endsWith('/agenda'));

/** Latin words in the page's text and labels, outside elements marked lang="en". */
function unquotedLatin(root: HTMLElement): string[] {
  const found: string[] = [];
  const isQuoted = (node: Node) => (node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? 'ko') === 'en';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, [hidden]') || isQuoted(node)) continue;
    found.push(...(node.textContent ?? '').split(/[^A-Za-z0-9.-]+/));
  }
  for (const element of root.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    if ((element.closest('[lang]')?.getAttribute('lang') ?? 'ko') === 'en') continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt'])
      found.push(...(element.getAttribute(name) ?? '').split(/[^A-Za-z0-9.-]+/));
  }
  return found
    .map((word) => word.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((word) => /[A-Za-z]{2,}/.test(word) && !allowed.has(word));
}

test.each(koreanPages)('%s says everything of its own in Korean', async (path) => {
  await renderLoadedRoute(path);
  await screen.findByRole('heading', { level: 1 });
  expect(unquotedLatin(document.body)).toEqual([]);
});

test('the test sees English where it is not marked as quoted', () => {
  const page = document.createElement('div');
  page.innerHTML = '<p>연락처 <span lang="en">Song Hye-in</span> Copy link</p><button aria-label="Close">x</button>';
  expect(unquotedLatin(page)).toEqual(['Copy', 'link', 'Close']);
});
