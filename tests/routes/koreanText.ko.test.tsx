import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderRoute } from '../renderRoute';

// Latin-script words a Korean page may show outside lang="en": acronyms and
// formats that Korean text uses as they are, and the event's name where our
// translation of the Deputy Minister's words repeats it.
const allowed = new Set([
  'AI',
  'HPC',
  'SaaS',
  'ODA',
  'ICT',
  'KoDi',
  'JSON',
  'Schema',
  'CSV',
  'ics',
  'Korea',
  'Digital',
  'Days',
]);

/** Latin words in the page's main content that are neither quoted (lang="en") nor allowed. */
function englishOutsideQuotes(skip: string): string[] {
  const main = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const found = new Set<string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(`[lang="en"]${skip ? `, ${skip}` : ''}`)) continue;
    for (const word of node.textContent?.match(/[A-Za-z][A-Za-z’'-]*/g) ?? []) if (!allowed.has(word)) found.add(word);
  }
  return [...found];
}

// A day's speaker lines name organisations with the shared OrganisationName,
// which its owner localises; they are left out here until then.
test.each([
  ['/ko/', ''],
  ['/ko/mou', ''],
  ['/ko/agenda/2023-03-21', '.speakers'],
  ['/ko/agenda/2023-03-22', '.speakers'],
  ['/ko/agenda/2023-03-23', '.speakers'],
])('%s says nothing in English but what it quotes', async (url, skip) => {
  renderRoute(url);
  await screen.findByRole('heading', { level: 1 });
  expect(englishOutsideQuotes(skip)).toEqual([]);
});
