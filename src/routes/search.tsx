import { createFileRoute, redirect, useLocation } from '@tanstack/react-router';
import { SearchPage } from '../features/search/SearchPage';
import { parseSearchPage, toSearchPageSearch, validateSearchPage } from '../features/search/searchParams';
import { loadMessages, messagesOf } from '../i18n/catalogue';
import { linkNotes } from '../lib/linkNotes';
import { searchDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/search')({
  validateSearch: validateSearchPage,
  // The title names the query, so the loader (and the head it builds) runs again when the query changes.
  loaderDeps: ({ search }) => ({ query: parseSearchPage(search).trim() }),
  // A link with unread keys, a repeated q or any other spelling is replaced by its canonical URL.
  loader: async ({ location, deps: { query }, context: { locale } }) => {
    // Results show our summaries of the agenda items ('agenda'); notices and query problems ('notices').
    await loadMessages(locale, 'search', 'notices', 'agenda');
    const search = toSearchPageSearch(parseSearchPage(validateSearchPage(location.search)));
    const notes = linkNotes(location, search, ['q'], []);
    if (notes)
      throw redirect({ to: '/search', search, hash: location.hash, replace: true, state: { linkNotes: notes } });
    const page = messagesOf(locale, 'search').pageTitle(query);
    return { head: pageHead({ page, description: searchDescription(locale), path: '/search', locale }) };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: SearchRoute,
});

function SearchRoute() {
  const query = parseSearchPage(Route.useSearch());
  const notes = useLocation({ select: (location) => location.state.linkNotes });
  const navigate = Route.useNavigate();
  return (
    <SearchPage
      query={query}
      linkNotes={notes}
      onQueryChange={(query) => navigate({ search: toSearchPageSearch(query), replace: true, resetScroll: false })}
    />
  );
}
