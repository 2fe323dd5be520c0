import { useParams } from '@tanstack/react-router';
import { NotFound } from '../../components/NotFound';
import { PersonLink } from '../../components/PersonLink';
import { people } from '../../data/people';
import { truncate } from '../../lib/truncate';

export function PersonNotFound() {
  const requested = useParams({ strict: false, select: (params) => params.person ?? '' });
  return (
    <NotFound heading="No such person">
      <p>
        There is no one at “{truncate(requested)}” among the people who spoke at or led the sessions in the press
        release. They are:
      </p>
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
