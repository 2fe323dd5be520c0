import { createFileRoute } from '@tanstack/react-router';
import { SearchPage } from '../features/search/SearchPage';
import { parseSearchPage, toSearchPageSearch, validateSearchPage } from '../features/search/searchParams';
import { searchDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/search')({
  validateSearch: validateSearchPage,
  head: ({ match }) => {
    const query = parseSearchPage(match.search).trim();
    return pageHead({ page: query ? `Search: ${query}` : 'Search', description: searchDescription(), path: '/search' });
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
