import { Link } from '@tanstack/react-router';
import { PersonLink } from '../../components/PersonLink';
import { event } from '../../data/event';
import { itemHeading } from '../../data/itemHeading';
import { getOrganisation } from '../../data/organisations';
import { people } from '../../data/people';

export function PeopleList() {
  return (
    <div className="page">
      <p className="eyebrow">{event.name}</p>
      <h1 tabIndex={-1}>People</h1>
      <p className="reading">
        The people who spoke at or led the sessions, in programme order, with their titles as the press release gives
        them.
      </p>
      <ol className="card-grid">
        {people.map((person) => (
          <li key={person.slug} className="card">
            <h2 className="card__title">
              <PersonLink name={person.name} />
            </h2>
            <p>
              {person.title}, {getOrganisation(person.organisation).name}
            </p>
            <ul className="compact-list">
              {person.appearances.map(({ day, item }) => (
                <li key={item.slug}>
                  {day.label}:{' '}
                  <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug}>
                    {itemHeading(item)}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
