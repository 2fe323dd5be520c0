import { createFileRoute, redirect, useLocation } from '@tanstack/react-router';
import { SearchPage } from '../features/search/SearchPage';
import { parseSearchPage, toSearchPageSearch, validateSearchPage } from '../features/search/searchParams';
import { linkNotes } from '../lib/linkNotes';
import { searchDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/search')({
  validateSearch: validateSearchPage,
  // A link with unread keys, a repeated q or any other spelling is replaced by its canonical URL.
  loader: ({ location }) => {
    const search = toSearchPageSearch(parseSearchPage(validateSearchPage(location.search)));
    const notes = linkNotes(location, search, ['q'], []);
    if (notes)
      throw redirect({ to: '/search', search, hash: location.hash, replace: true, state: { linkNotes: notes } });
    return { description: searchDescription() };
  },
  head: ({ match, loaderData }) => {
    const query = parseSearchPage(match.search).trim();
    return pageHead({
      page: query ? `Search: ${query}` : 'Search',
      description: loaderData?.description ?? '',
      path: '/search',
    });
  },
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
