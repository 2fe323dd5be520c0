import { defaultParseSearch } from '@tanstack/react-router';
import {
  MAX_SEARCH_LENGTH,
  parseSearchPage,
  toSearchPageSearch,
  validateSearchPage,
} from '../../src/features/search/searchParams';
import { buildSearchDocuments } from '../../src/features/search/searchDocuments';
import { search } from '../../src/features/search/search';
import { loadMessages } from '../../src/i18n/catalogue';
import { stringifyReadableSearch } from '../../src/lib/readableSearch';
import { anyQueryString } from './arbitraries';
import { describeUrlParser } from './urlProperties';

// As the router reads it: the address bar's query string through the router's
// parser and the route's schema; written back through the readable stringifier.
const readUrl = (searchStr: string) => {
  const raw = defaultParseSearch(searchStr);
  stringifyReadableSearch(raw); // the router re-stringifies every search it parses
  return parseSearchPage(validateSearchPage(raw));
};

await loadMessages('en', 'search', 'agenda');
const documents = buildSearchDocuments('en');

describeUrlParser({
  name: 'the search page query (/search?q=…)',
  input: anyQueryString(['q']),
  parse: readUrl,
  problems: (query) => {
    const found: string[] = [];
    if ([...query].length > MAX_SEARCH_LENGTH) found.push(`query is longer than ${MAX_SEARCH_LENGTH} characters`);
    if (/\p{Cs}/u.test(query)) found.push('query holds a lone surrogate');
    if (query.trim() === '' && query !== '') found.push('query is blank but not empty');
    // Whatever the query, searching it must work and count what it found.
    const results = search(documents, query);
    if (results.total !== results.groups.reduce((sum, group) => sum + group.hits.length, 0)) found.push('bad total');
    return found;
  },
  serialize: (query) => stringifyReadableSearch(toSearchPageSearch(query)),
});
