import { Link } from '@tanstack/react-router';
import { agencyAreas } from '../../data/agencyAreas';
import { agencies } from '../../data/organisations';

// Queries that are sure to find something: each agency, and each MoU area
// some agency's work relates to.
const suggestions = [
  ...agencies.map((agency) => agency.shortName),
  ...new Set(agencyAreas.map((relation) => relation.area)),
];

export function SearchSuggestions({ lead }: { lead: string }) {
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
