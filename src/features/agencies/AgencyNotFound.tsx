import { Link, useParams } from '@tanstack/react-router';
import { NotFound } from '../../components/NotFound';
import { agencies } from '../../data/organisations';
import { useMessages } from '../../i18n/catalogue';
import { truncate } from '../../lib/truncate';

export function AgencyNotFound() {
  const requested = useParams({ strict: false, select: (params) => params.agency ?? '' });
  const t = useMessages('agencies');
  return (
    <NotFound heading={t.notFoundHeading}>
      <p>{t.notFoundBody(truncate(requested))}</p>
      <ul className="link-list">
        {agencies.map((agency) => (
          <li key={agency.id}>
            <Link to="/agencies/$agency" params={{ agency: agency.id }}>
              {t.linkName(agency)}
            </Link>
          </li>
        ))}
      </ul>
    </NotFound>
  );
}
