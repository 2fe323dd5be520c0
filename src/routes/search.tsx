import { createFileRoute } from '@tanstack/react-router';
import { SearchPage } from '../features/search/SearchPage';
import { parseSearchPage, searchPageSchema, toSearchPageSearch } from '../features/search/searchParams';
import { pageTitle } from '../lib/pageTitle';

export const Route = createFileRoute('/search')({
  validateSearch: searchPageSchema,
  head: ({ match }) => {
    const query = parseSearchPage(match.search).trim();
    return { meta: [{ title: pageTitle(query ? `Search: ${query}` : 'Search') }] };
  },
  component: SearchRoute,
});

function SearchRoute() {
  const query = parseSearchPage(Route.useSearch());
  const navigate = Route.useNavigate();
  return (
    <SearchPage
      query={query}
      onQueryChange={(query) => navigate({ search: toSearchPageSearch(query), replace: true, resetScroll: false })}
    />
  );
}
