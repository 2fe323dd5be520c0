import * as v from 'valibot';
import { type EventDataset, eventSchema } from './eventSchema';

/**
 * Every problem in the data module, for tests and the build: if someone edits
 * the data wrongly, each problem names its place and what is wrong with it, e.g.
 * `contacts[3].phone: "123" is not a Korean landline number such as 044-202-6270`.
 * The app never imports this file.
 */

interface Problem {
  path: (string | number)[];
  message: string;
}

/** Every problem in the data, one line each; an empty list means the data is sound. */
export function dataProblems(data: unknown): string[] {
  // One problem per field: a value that is no date at all is not also reported as off the calendar.
  const parsed = v.safeParse(eventSchema, data, { abortPipeEarly: true });
  const problems: Problem[] = parsed.success
    ? crossReferenceProblems(parsed.output)
    : parsed.issues.map((issue) => ({
        path: (issue.path ?? []).map((item) => pathKey(item.key)),
        message: issue.message,
      }));
  return problems.map(({ path, message }) => `${formatPath(path) || 'the data'}: ${message}`);
}

function crossReferenceProblems(data: EventDataset): Problem[] {
  const problems: Problem[] = [];
  const items = data.days.flatMap((day, d) => day.items.map((item, i) => ({ item, path: ['days', d, 'items', i] })));

  const unique = (entries: { value: string; path: (string | number)[] }[]) => {
    const first = new Map<string, (string | number)[]>();
    for (const { value, path } of entries) {
      const earlier = first.get(value);
      if (earlier)
        problems.push({ path, message: `${JSON.stringify(value)} is already used by ${formatPath(earlier)}` });
      else first.set(value, path);
    }
  };
  unique(data.days.map((day, d) => ({ value: day.id, path: ['days', d, 'id'] })));
  unique(items.map(({ item, path }) => ({ value: item.slug, path: [...path, 'slug'] })));
  unique([
    ...data.agencies.map((agency, a) => ({ value: agency.id, path: ['agencies', a, 'id'] })),
    { value: data.worldBank.id, path: ['worldBank', 'id'] },
  ]);
  unique(data.contacts.map((contact, c) => ({ value: contact.id, path: ['contacts', c, 'id'] })));
  unique(data.context.map((entry, c) => ({ value: entry.id, path: ['context', c, 'id'] })));
  unique(data.people.map((person, p) => ({ value: person.id, path: ['people', p, 'id'] })));

  const agencyIds = data.agencies.map((agency) => agency.id);
  const organisationIds = [...agencyIds, data.worldBank.id];
  const resolves = (value: string, path: (string | number)[], known: string[], kind: string) => {
    if (!known.includes(value)) {
      problems.push({ path, message: `${JSON.stringify(value)} names no ${kind} (known: ${known.join(', ')})` });
    }
  };
  for (const { item, path } of items) {
    item.organisations.forEach((id, o) => resolves(id, [...path, 'organisations', o], organisationIds, 'organisation'));
    item.speakers.forEach((speaker, s) =>
      resolves(speaker.organisation, [...path, 'speakers', s, 'organisation'], organisationIds, 'organisation'),
    );
  }
  data.event.hosts.forEach((id, h) => resolves(id, ['event', 'hosts', h], organisationIds, 'organisation'));
  data.mou.parties.forEach((id, p) => resolves(id, ['mou', 'parties', p], organisationIds, 'organisation'));
  resolves(data.quote.speaker.organisation, ['quote', 'speaker', 'organisation'], organisationIds, 'organisation');
  data.contacts.forEach((contact, c) => resolves(contact.agency, ['contacts', c, 'agency'], agencyIds, 'agency'));

  // Every item has a summary, and every summary belongs to an item.
  const slugs = items.map(({ item }) => item.slug);
  for (const { item, path } of items) {
    if (!(item.slug in data.itemSummaries)) problems.push({ path: [...path, 'slug'], message: 'has no summary' });
  }
  for (const key of Object.keys(data.itemSummaries)) resolves(key, ['itemSummaries', key], slugs, 'agenda item');

  const signingDay = data.days.find((day) => day.id === data.mou.signingItem.day);
  resolves(
    data.mou.signingItem.day,
    ['mou', 'signingItem', 'day'],
    data.days.map((day) => day.id),
    'day',
  );
  if (signingDay) {
    const slugs = signingDay.items.map((item) => item.slug);
    resolves(data.mou.signingItem.slug, ['mou', 'signingItem', 'slug'], slugs, `item on ${signingDay.id}`);
  }

  const { start, end } = data.event;
  if (start > end) problems.push({ path: ['event', 'end'], message: `${end} is before the start, ${start}` });
  const withinEvent = (date: string, path: (string | number)[]) => {
    if (date < start || date > end) {
      problems.push({ path, message: `${date} is outside the event, ${start} to ${end}` });
    }
  };
  data.days.forEach((day, d) => withinEvent(day.id, ['days', d, 'id']));
  withinEvent(data.mou.signed, ['mou', 'signed']);
  data.days.forEach((day, d) => {
    const previous = data.days[d - 1];
    if (previous && previous.id >= day.id) {
      problems.push({
        path: ['days', d, 'id'],
        message: `${day.id} does not come after the day before, ${previous.id}`,
      });
    }
  });
  return problems;
}

function pathKey(key: unknown): string | number {
  return typeof key === 'number' ? key : String(key);
}

/** ['contacts', 3, 'phone'] → "contacts[3].phone" */
function formatPath(path: (string | number)[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}
