import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { days } from '../src/data/agenda';
import { event } from '../src/data/event';
import { getOrganisation } from '../src/data/organisations';
import { formatDate, formatWeekday } from '../src/lib/dates';

// The card is drawn once by `npm run social-card` from scripts/social-card.html,
// whose words are typed in; this keeps them in step with the data module.
const html = readFileSync('scripts/social-card.html', 'utf8');
const text = html
  .slice(html.indexOf('<body>'))
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');

test('the social card says what the data says: name, tagline, hosts and each day with its date', () => {
  expect(text).toContain(event.name);
  expect(text).toContain(event.tagline);
  for (const host of event.hosts) expect(text).toContain(getOrganisation(host).shortName);
  for (const day of days)
    expect(text).toContain(`${day.label} ${formatWeekday(day.id, 'en')} ${formatDate(day.id, 'en')}`);
});

test('the rendered card is a 1200 × 630 PNG, the size link previews use', () => {
  const png = readFileSync('public/social-card.png');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
