import { Link } from '@tanstack/react-router';
import { AppearanceCard } from '../../components/AppearanceCard';
import { ContactCard } from '../../components/ContactCard';
import { CopyLink } from '../../components/CopyLink';
import { OrganisationName } from '../../components/OrganisationName';
import { PersonLink } from '../../components/PersonLink';
import { SourceLink } from '../../components/SourceLink';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { getAgency, isAgencyId } from '../../data/organisations';
import { people, type Person } from '../../data/people';
import type { AgencyId } from '../../data/types';
import { absoluteUrl } from '../../lib/absoluteUrl';

export function PersonPage({ person }: { person: Person }) {
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>{person.name}</h1>
      </div>
      <section className="split__aside summary-card" aria-labelledby="person-facts">
        <h2 id="person-facts" className="summary-card__title">
          As published
        </h2>
        <dl className="summary-list">
          <div>
            <dt>Title</dt>
            <dd>{person.title}</dd>
          </div>
          <div>
            <dt>Organisation</dt>
            <dd>
              <OrganisationName id={person.organisation} />
            </dd>
          </div>
        </dl>
        <div className="summary-card__footer">
          <CopyLink url={absoluteUrl(`/people/${person.slug}`)} label={person.name} />
          <SourceLink />
        </div>
      </section>

      <div className="split__body">
        <section aria-labelledby="person-programme">
          <h2 id="person-programme">At {event.name}</h2>
          <ol className="appearance-list">
            {person.appearances.map(({ day, item }) => (
              <AppearanceCard key={item.slug} day={day} item={item} />
            ))}
          </ol>
        </section>

        {isAgencyId(person.organisation) && <AgencyContacts agencyId={person.organisation} />}

        <nav aria-labelledby="other-people" className="other-agencies">
          <h2 id="other-people">Other people</h2>
          <ul className="link-list">
            {people
              .filter((other) => other.slug !== person.slug)
              .map((other) => (
                <li key={other.slug}>
                  <PersonLink name={other.name} />
                </li>
              ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}

function AgencyContacts({ agencyId }: { agencyId: AgencyId }) {
  const agency = getAgency(agencyId);
  const own = contacts.filter((contact) => contact.agency === agency.id);
  return (
    <section aria-labelledby="person-agency">
      <h2 id="person-agency">Contacts at {agency.shortName}</h2>
      <p className="reading">
        The release gives no way to reach the speaker directly. These are {agency.shortName}’s head and point of
        contact, as listed in the release.
      </p>
      <ul className="card-grid contact-list">
        {own.map((contact) => (
          <ContactCard key={contact.id} contact={contact} agency={agency} onAgencyPage />
        ))}
      </ul>
      <p className="more-link">
        <Link to="/agencies/$agency" params={{ agency: agency.id }}>
          About {agency.shortName}
        </Link>{' '}
        ·{' '}
        <Link to="/contacts" search={{ agency: agency.id }}>
          {agency.shortName} in the contact directory
        </Link>
      </p>
    </section>
  );
}
