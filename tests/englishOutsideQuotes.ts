import { days } from '../src/data/agenda';
import { contacts } from '../src/data/contacts';
import { event, source } from '../src/data/event';
import { people } from '../src/data/people';

// What a Korean page may show in Latin letters outside quoted English
// (lang="en"), such as in an aria-label, which cannot mark its parts:
// abbreviations that Korean writes this way too, file formats, and quoted
// material from the data (names, titles, teams, talk titles). Anything else is
// an English UI string left untranslated. Code (file names, paths) is machine text.
const quoted = [
  event.name,
  source.title,
  ...contacts.flatMap((contact) => [contact.name, contact.title, contact.team]),
  ...people.flatMap((person) => [person.name, person.title]),
  ...days.flatMap((day) => day.items.flatMap((item) => [item.title ?? ''])),
].flatMap((text) => text.split(/[^A-Za-z0-9.-]+/));
const allowed = new Set([
  // The event's name is a name: Korean text keeps it as published.
  ...event.name.split(' '),
  'KoDi',
  // Standards' own words: CR LF line ends, JSON Schema draft 2020-12, tel: links, .ics files.
  'CR',
  'LF',
  'draft',
  'tel',
  'ics',
  'SaaS',
  'ODA',
  'HPC',
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

const allowedInLabels = new Set([...allowed, ...quoted]);

/** Latin words in the page's text and labels, outside elements marked lang="en". */
export function englishOutsideQuotes(root: Element): string[] {
  const found: string[] = [];
  const foundInLabels: string[] = [];
  const isQuoted = (node: Node) => (node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? 'ko') === 'en';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, code, [hidden]') || isQuoted(node)) continue;
    found.push(...(node.textContent ?? '').split(/[^A-Za-z0-9.-]+/));
  }
  for (const element of root.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    if ((element.closest('[lang]')?.getAttribute('lang') ?? 'ko') === 'en') continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt'])
      foundInLabels.push(...(element.getAttribute(name) ?? '').split(/[^A-Za-z0-9.-]+/));
  }
  const trim = (word: string) => word.replace(/^[.-]+|[.-]+$/g, '');
  const latin = (word: string) => /[A-Za-z]{2,}/.test(word);
  return [
    ...found.map(trim).filter((word) => latin(word) && !allowed.has(word)),
    ...foundInLabels.map(trim).filter((word) => latin(word) && !allowedInLabels.has(word)),
  ];
}
