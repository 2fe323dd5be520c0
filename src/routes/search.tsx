import { createFileRoute } from '@tanstack/react-router';
import { SearchPage } from '../features/search/SearchPage';
import { searchPageSchema, toSearchPageSearch } from '../features/search/searchParams';
import { pageTitle } from '../lib/pageTitle';

export const Route = createFileRoute('/search')({
  validateSearch: searchPageSchema,
  head: ({ match }) => ({
    meta: [{ title: pageTitle(match.search.q?.trim() ? `Search: ${match.search.q.trim()}` : 'Search') }],
  }),
  component: SearchRoute,
});

function SearchRoute() {
  const { q = '' } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <SearchPage
      query={q}
      onQueryChange={(query) => navigate({ search: toSearchPageSearch(query), replace: true, resetScroll: false })}
    />
  );
}
