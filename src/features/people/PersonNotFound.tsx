import { useParams } from '@tanstack/react-router';
import { NotFound } from '../../components/NotFound';
import { PersonLink } from '../../components/PersonLink';
import { people } from '../../data/people';
import { useMessages } from '../../i18n/catalogue';
import { truncate } from '../../lib/truncate';

export function PersonNotFound() {
  const requested = useParams({ strict: false, select: (params) => params.person ?? '' });
  const t = useMessages('people');
  return (
    <NotFound heading={t.notFoundHeading}>
      <p>{t.notFoundBody(truncate(requested))}</p>
      <ul className="link-list">
        {people.map((person) => (
          <li key={person.slug}>
            <PersonLink name={person.name} />
          </li>
        ))}
      </ul>
    </NotFound>
  );
}
