import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { contacts } from '../../src/data/contacts';
import { agencies } from '../../src/data/organisations';
import { filterContacts } from '../../src/features/contacts/filterContacts';
import { loadMessages } from '../../src/i18n/catalogue';
import { PROPERTY_TIMEOUT_MS, assertProperty } from './urlProperties';

beforeAll(() => loadMessages('en', 'contacts').then(() => loadMessages('ko', 'contacts')));

// Searches as typed and erased: each a part of one of these, from its start.
// Together they extend, narrow and repeat each other, and a phone number in
// its international form matches on its digits alone.
const typed = [
  'kim',
  'team leader',
  'kisa nia',
  '+82 44 202 6270',
  '+82 44-202',
  '044-202-6270',
  '사이버 보안',
  'lee manager',
];
const anySearch = fc.record({
  query: fc.tuple(fc.constantFrom(...typed), fc.nat({ max: 20 })).map(([search, length]) => search.slice(0, length)),
  agencies: fc.subarray(agencies.map((agency) => agency.id)),
});

test(
  'a search typed after others finds the same contacts as the same search made fresh',
  () => {
    assertProperty(
      fc.tuple(fc.constantFrom('en' as const, 'ko' as const), fc.array(anySearch, { minLength: 1, maxLength: 12 })),
      ([locale, searches]) => {
        // One list for the whole sequence, so each search may narrow an earlier one.
        const typedInto = [...contacts];
        for (const search of searches) {
          const found = filterContacts(typedInto, search, locale).map((contact) => contact.id);
          // A copy of the list has no searches behind it.
          const fresh = filterContacts([...contacts], search, locale).map((contact) => contact.id);
          expect(found, JSON.stringify(search)).toEqual(fresh);
        }
      },
    );
  },
  PROPERTY_TIMEOUT_MS,
);
