import { bench, describe } from 'vitest';
import { filterContacts, groupByAgency } from '../src/features/contacts/filterContacts';
import { search } from '../src/features/search/search';
import { contactDocuments } from '../src/features/search/searchDocuments';
import type { Agency, Contact } from '../src/data/types';
import { loadMessages } from '../src/i18n/catalogue';
import { generateScaleEvent } from './scale/generateScaleEvent';

// The directory's filter and the site search at 10 (the real data), 1,000 and
// 10,000 contacts, spread over the five real agencies. `npm run bench:unit`
// prints the time per call and how it grows from one size to the next.
const SIZES = [10, 1000, 10_000];
const QUERIES = ['kim', 'team leader', 'zzz'];
// A Korean page's directory also matches its Korean text (agency names, roles, glosses).
const KOREAN_QUERIES = ['kim', '팀장', '인터넷진흥원'];

await loadMessages('en', 'contacts');
await loadMessages('ko', 'contacts');
await loadMessages('en', 'search');

for (const size of SIZES) {
  const scale = generateScaleEvent({ agencies: 5, contacts: size, agendaItems: 8 });
  const contacts = scale.contacts as readonly Contact[];
  const agencies = scale.agencies as readonly Agency[];
  const documents = contactDocuments(contacts, 'en');

  describe(`${size} contacts`, () => {
    bench('filterContacts, three queries', () => {
      for (const query of QUERIES) filterContacts(contacts, { agencies: [], query }, 'en');
    });
    bench('filterContacts on a Korean page, three queries', () => {
      for (const query of KOREAN_QUERIES) filterContacts(contacts, { agencies: [], query }, 'ko');
    });
    bench('filterContacts by agency, then groupByAgency', () => {
      groupByAgency(filterContacts(contacts, { agencies: ['kisa', 'nia'], query: '' }, 'en'), agencies);
    });
    bench('site search, three queries', () => {
      for (const query of QUERIES) search(documents, query);
    });
  });
}
