import { Link, useParams } from '@tanstack/react-router';
import { NotFound } from '../../components/NotFound';
import { agencies } from '../../data/organisations';
import { truncate } from '../../lib/truncate';

export function AgencyNotFound() {
  const requested = useParams({ strict: false, select: (params) => params.agency ?? '' });
  const shown = truncate(requested);
  return (
    <NotFound heading="No such agency">
      <p>There is no agency “{shown}” among the contacts in the press release. The agencies are:</p>
      <ul className="link-list">
        {agencies.map((agency) => (
          <li key={agency.id}>
            <Link to="/agencies/$agency" params={{ agency: agency.id }}>
              {agency.name} ({agency.shortName})
            </Link>
          </li>
        ))}
      </ul>
    </NotFound>
  );
}
