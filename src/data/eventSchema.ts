import * as v from 'valibot';
import { KOREAN_LANDLINE } from '../lib/phone';

/**
 * The one definition of the event's data, as published at /data: the tests
 * check the data module against it (dataProblems.ts), and the build turns it
 * into the JSON Schema published beside the data (scripts/openData.ts). The
 * app never imports this file. Rules a JSON Schema can state are written as
 * patterns; `check`s (calendar dates, real URLs) and the cross-references in
 * dataProblems.ts are beyond it.
 */

const quoted = (input: unknown) => JSON.stringify(input);

const text = v.pipe(v.string(), v.regex(/\S/, 'is empty'));
const slug = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    (issue) => `${quoted(issue.input)} is not a slug (lower-case words joined by hyphens)`,
  ),
);
const notACalendarDate = (issue: v.BaseIssue<unknown>) => `${quoted(issue.input)} is not a calendar date (YYYY-MM-DD)`;
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, notACalendarDate),
  v.check(isCalendarDate, notACalendarDate),
);
const phone = v.pipe(
  v.string(),
  v.regex(KOREAN_LANDLINE, (issue) => `${quoted(issue.input)} is not a Korean landline number such as 044-202-6270`),
  v.description('As published, in Korean domestic form: 044-202-6270. Abroad, dial +82 44-202-6270.'),
);
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/\S+$/, 'is not an https address'), v.url());
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.minLength(1, 'is empty'));
const id = (what: string) => v.pipe(slug, v.description(`Stable id: ${what}`));

const speaker = v.strictObject({ name: text, title: text, organisation: slug });

export const eventSchema = v.pipe(
  v.strictObject({
    event: v.strictObject({ name: text, tagline: text, start: isoDate, end: isoDate, hosts: list(slug) }),
    eventStory: v.strictObject({
      summary: text,
      purpose: text,
      significance: text,
      audience: text,
      bestPracticeSectors: list(text),
    }),
    source: v.strictObject({ title: text, url: httpsUrl, publisher: text, kind: text, licence: text }),
    days: list(
      v.strictObject({
        id: v.pipe(isoDate, v.description('Stable id: the page /agenda/<id>')),
        label: text,
        announcedInAdvance: v.boolean(),
        items: list(
          v.strictObject({
            slug: id('the item at /agenda/<day id>#<slug>'),
            kind: v.picklist(['remarks', 'signing', 'presentation', 'keynote', 'ceremony']),
            title: v.optional(text),
            topic: text,
            speakers: v.array(speaker),
            organisations: v.array(slug),
          }),
        ),
      }),
    ),
    people: list(
      v.strictObject({
        id: id('the slug of the name, as in /people/<id>'),
        name: text,
        title: text,
        organisation: slug,
        items: list(v.strictObject({ day: isoDate, slug })),
      }),
    ),
    agencies: list(
      v.strictObject({
        id: id('the page /agencies/<id>, and /contacts?agency=<id>'),
        shortName: text,
        name: text,
        nameKo: text,
        group: v.picklist(['Government', 'Affiliated Organization']),
      }),
    ),
    worldBank: v.strictObject({
      id: slug,
      shortName: text,
      name: text,
      article: v.optional(v.literal('the')),
      nameKo: v.optional(text),
    }),
    contacts: list(
      v.strictObject({
        id: id('the contact at /contacts#<id>'),
        agency: slug,
        role: v.picklist(['head', 'point-of-contact']),
        title: text,
        name: text,
        team: text,
        phone,
      }),
    ),
    mou: v.strictObject({
      title: text,
      parties: list(slug),
      binding: v.boolean(),
      signed: isoDate,
      signedAt: text,
      signingItem: v.strictObject({ day: isoDate, slug }),
      termYears: v.pipe(
        v.number(),
        v.integer('is not a whole number of years'),
        v.minValue(1, 'is not a whole number of years'),
      ),
      areas: list(text),
    }),
    mouTerms: v.strictObject({ type: text, scope: text, activities: list(text), purpose: list(text) }),
    itemSummaries: v.record(slug, text),
    context: list(v.strictObject({ id: slug, name: text, description: text })),
    quote: v.strictObject({ speaker, text }),
  }),
  v.title('Korea Digital Days'),
  v.description(
    'The event of 21–23 March 2023, from the MSIT press release “Korea’s National Digital Strategy to Be Shared with the World”, under KOGL Type 1.',
  ),
);

export type EventDataset = v.InferOutput<typeof eventSchema>;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
