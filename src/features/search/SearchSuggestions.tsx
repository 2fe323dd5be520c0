import { Link } from '@tanstack/react-router';
import { agencyAreas } from '../../data/agencyAreas';
import { agencies } from '../../data/organisations';
import { useMessages } from '../../i18n/catalogue';

// Queries that are sure to find something: each agency, and each MoU area
// some agency's work relates to (in the page's language).
const agencyQueries = agencies.map((agency) => agency.shortName);
const areas = [...new Set(agencyAreas.map((relation) => relation.area))];

export function SearchSuggestions({ lead }: { lead: string }) {
  const terms = useMessages('search').terms;
  const suggestions = [...agencyQueries, ...areas.map((area) => terms.areas[area])];
  return (
    <>
      <p>{lead}</p>
      <ul className="chips suggestion-list">
        {suggestions.map((query) => (
          <li key={query}>
            <Link to="/search" search={{ q: query }} className="chip chip--link">
              {query}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
