import { expect, test } from 'vitest';
import { days, findDay } from '../../src/data/agenda';
import { agencies, getAgency, isAgencyId } from '../../src/data/organisations';
import type { Agency, EventDay } from '../../src/data/types';
import { slugFromHash } from '../../src/features/agenda/slugFromHash';
import { anyHash, anyHashNaming, anyPathParam } from './arbitraries';
import { PROPERTY_TIMEOUT_MS, assertProperty, describeUrlParser } from './urlProperties';

const dayIds: readonly string[] = days.map((day) => day.id);
const slugs = days.flatMap((day) => day.items.map((item) => item.slug));

describeUrlParser<string, EventDay | undefined>({
  name: 'the day path param (/agenda/$day)',
  input: anyPathParam(dayIds),
  parse: findDay,
  problems: (day) => (day === undefined || days.includes(day) ? [] : [`not one of the event's days: ${String(day)}`]),
  serialize: (day) => day?.id ?? '',
});

// The property above accepts no day for any input, and any day for a near miss.
test(
  'the day path param finds a day only for that day’s exact id',
  () => {
    assertProperty(anyPathParam(dayIds), (param) => {
      expect(findDay(param)?.id).toBe(dayIds.includes(param) ? param : undefined);
    });
  },
  PROPERTY_TIMEOUT_MS,
);

describeUrlParser<string, string>({
  name: 'the agenda item hash (/agenda/$day#slug)',
  input: anyHash(slugs),
  parse: slugFromHash,
  problems: (slug) => (slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? [] : [`not slug-shaped: ${slug}`]),
  serialize: (slug) => (slug ? `#${slug}` : ''),
});

// The property above accepts '' for any hash, so it cannot tell a hash that names an item from one that does not.
test(
  'a hash naming an item, in any letter case, with or without #, encoded or not, is read as its slug',
  () => {
    assertProperty(anyHashNaming(slugs), ({ hash, slug }) => {
      expect(slugFromHash(hash)).toBe(slug);
    });
  },
  PROPERTY_TIMEOUT_MS,
);

// The agency route reads its param with isAgencyId/getAgency.
describeUrlParser<string, Agency | undefined>({
  name: 'the agency path param (/agencies/$agency)',
  input: anyPathParam(agencies.map((agency) => agency.id)),
  parse: (param) => (isAgencyId(param) ? getAgency(param) : undefined),
  problems: (agency) => (agency === undefined || agencies.includes(agency) ? [] : [`not an agency: ${String(agency)}`]),
  serialize: (agency) => agency?.id ?? '',
});
