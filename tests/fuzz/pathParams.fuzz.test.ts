import { days, findDay } from '../../src/data/agenda';
import { agencies, getAgency, isAgencyId } from '../../src/data/organisations';
import type { Agency, EventDay } from '../../src/data/types';
import { slugFromHash } from '../../src/features/agenda/slugFromHash';
import { anyHash, anyPathParam } from './arbitraries';
import { describeUrlParser } from './urlProperties';

const dayIds = days.map((day) => day.id);
const slugs = days.flatMap((day) => day.items.map((item) => item.slug));

describeUrlParser<string, EventDay | undefined>({
  name: 'the day path param (/agenda/$day)',
  input: anyPathParam(dayIds),
  parse: findDay,
  problems: (day) => (day === undefined || days.includes(day) ? [] : [`not one of the event's days: ${String(day)}`]),
  serialize: (day) => day?.id ?? '',
});

describeUrlParser<string, string>({
  name: 'the agenda item hash (/agenda/$day#slug)',
  input: anyHash(slugs),
  parse: slugFromHash,
  problems: (slug) => (slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? [] : [`not slug-shaped: ${slug}`]),
  serialize: (slug) => (slug ? `#${slug}` : ''),
});

// The agency route reads its param with isAgencyId/getAgency.
describeUrlParser<string, Agency | undefined>({
  name: 'the agency path param (/agencies/$agency)',
  input: anyPathParam(agencies.map((agency) => agency.id)),
  parse: (param) => (isAgencyId(param) ? getAgency(param) : undefined),
  problems: (agency) => (agency === undefined || agencies.includes(agency) ? [] : [`not an agency: ${String(agency)}`]),
  serialize: (agency) => agency?.id ?? '',
});
