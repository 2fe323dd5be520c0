import { defaultParseSearch } from '@tanstack/react-router';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { agencies, isAgencyId } from '../../src/data/organisations';
import type { AgencyId } from '../../src/data/types';
import {
  MAX_QUERY_LENGTH,
  parseContactsSearch,
  toContactsSearch,
  validateContactsSearch,
} from '../../src/features/contacts/contactsSearch';
import type { ContactsFilter, ParsedContactsSearch } from '../../src/features/contacts/contactsSearch';
import { stringifyReadableSearch } from '../../src/lib/readableSearch';
import { anyQueryString, anyTypedText } from './arbitraries';
import { PROPERTY_TIMEOUT_MS, assertProperty, describeUrlParser } from './urlProperties';

// The real round trip: the address bar's query string goes through the
// router's parser and the route's validateSearch schema; the app writes it
// back through toContactsSearch and the router's readable stringifier.
const readUrl = (searchStr: string) => {
  const raw = defaultParseSearch(searchStr);
  stringifyReadableSearch(raw); // the router re-stringifies every search it parses
  return parseContactsSearch(validateContactsSearch(raw));
};
const writeUrl = (filter: ContactsFilter) => stringifyReadableSearch(toContactsSearch(filter));

const directoryOrder = agencies.map((agency) => agency.id);

function problems(state: ParsedContactsSearch): string[] {
  const found: string[] = [];
  const positions = state.agencies.map((id) => directoryOrder.indexOf(id));
  if (positions.some((position) => position < 0)) found.push(`agencies holds an unknown id: ${state.agencies.join()}`);
  if (positions.some((position, index) => index > 0 && position <= (positions[index - 1] ?? -1))) {
    found.push(`agencies are not unique and in directory order: ${state.agencies.join()}`);
  }
  if (typeof state.query !== 'string') found.push(`query is not a string: ${typeof state.query}`);
  else {
    if ([...state.query].length > MAX_QUERY_LENGTH) found.push(`query is longer than ${MAX_QUERY_LENGTH} characters`);
    if (/\p{Cs}/u.test(state.query)) found.push('query holds a lone surrogate');
    if (state.query.trim() === '' && state.query !== '') found.push('query is blank but not empty');
  }
  for (const value of state.unknownAgencies) {
    if (value === '' || value !== value.trim().toLowerCase() || isAgencyId(value)) {
      found.push(`unknownAgencies holds ${JSON.stringify(value)}`);
    }
  }
  if (new Set(state.unknownAgencies).size !== state.unknownAgencies.length) found.push('unknownAgencies repeats');
  return found;
}

describeUrlParser({
  name: 'the contacts search params (?agency=…&q=…)',
  input: anyQueryString(['agency', 'q']),
  parse: readUrl,
  problems,
  serialize: writeUrl,
  // Unknown agencies only feed the notice; the canonical URL drops them.
  carried: (state) => ({ agencies: state.agencies, query: state.query }),
});

const anyFilter: fc.Arbitrary<ContactsFilter> = fc.record({
  agencies: fc.array(fc.constantFrom<AgencyId>(...directoryOrder), { maxLength: 8 }),
  query: anyTypedText,
});

test(
  'every filter a user can set survives the trip through the URL',
  () => {
    assertProperty(anyFilter, (filter) => {
      const url = writeUrl(filter);
      const back = readUrl(url);
      expect(problems(back)).toEqual([]);
      expect(back.unknownAgencies).toEqual([]);
      expect(back.agencies).toEqual(directoryOrder.filter((id) => filter.agencies.includes(id)));
      if (filter.query.trim() === '') expect(back.query).toBe('');
      else expect(filter.query.replace(/\p{Cs}/gu, '\uFFFD').startsWith(back.query)).toBe(true);
      expect(writeUrl(back)).toBe(url);
    });
  },
  PROPERTY_TIMEOUT_MS,
);
