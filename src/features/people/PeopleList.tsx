import { Link } from '@tanstack/react-router';
import { Fill } from '../../components/Fill';
import { ItemHeading } from '../../components/ItemHeading';
import { localOrganisationName } from '../../components/localOrganisationName';
import { PersonLink } from '../../components/PersonLink';
import { Quoted } from '../../components/Quoted';
import { event } from '../../data/event';
import { people } from '../../data/people';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';

export function PeopleList() {
  const t = useMessages('people');
  const locale = useLocale();
  return (
    <div className="page">
      <p className="eyebrow" lang="en">
        {event.name}
      </p>
      <h1 tabIndex={-1}>{t.listTitle}</h1>
      <p className="reading">
        <Fill message={t.listIntro} slots={{ event: <span lang="en">{event.name}</span> }} />
      </p>
      <ol className="card-grid">
        {people.map((person) => (
          <li key={person.slug} className="card">
            <h2 className="card__title">
              <PersonLink name={person.name} />
            </h2>
            <p>
              <Quoted text={person.title} gloss={t.titleGlosses[person.title]} />,{' '}
              {localOrganisationName(person.organisation, locale)}
            </p>
            <ul className="compact-list">
              {person.appearances.map(({ day, item }) => (
                <li key={item.slug}>
                  {dayLabel(day, locale)}:{' '}
                  <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug}>
                    <ItemHeading item={item} />
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
