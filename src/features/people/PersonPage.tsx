import { Link } from '@tanstack/react-router';
import { AppearanceCard } from '../../components/AppearanceCard';
import { ContactCard } from '../../components/ContactCard';
import { CopyLink } from '../../components/CopyLink';
import { OrganisationName } from '../../components/OrganisationName';
import { Fill } from '../../components/Fill';
import { PersonLink } from '../../components/PersonLink';
import { Quoted } from '../../components/Quoted';
import { SourceLink } from '../../components/SourceLink';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { getAgency, isAgencyId } from '../../data/organisations';
import { people, type Person } from '../../data/people';
import type { AgencyId } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { localizedPath } from '../../i18n/locales';
import { absoluteUrl } from '../../lib/absoluteUrl';

export function PersonPage({ person }: { person: Person }) {
  const t = useMessages('people');
  const locale = useLocale();
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>
          <Quoted text={person.name} />
        </h1>
      </div>
      <section className="split__aside summary-card" aria-labelledby="person-facts">
        <h2 id="person-facts" className="summary-card__title">
          {t.asPublished}
        </h2>
        <dl className="summary-list">
          <div>
            <dt>{t.title}</dt>
            <dd>
              <Quoted text={person.title} gloss={t.titleGlosses[person.title]} />
            </dd>
          </div>
          <div>
            <dt>{t.organisation}</dt>
            <dd>
              <OrganisationName id={person.organisation} />
            </dd>
          </div>
        </dl>
        <div className="summary-card__footer">
          <CopyLink url={absoluteUrl(localizedPath(`/people/${person.slug}`, locale))} label={person.name} />
          <SourceLink />
        </div>
      </section>

      <div className="split__body">
        <section aria-labelledby="person-programme">
          <h2 id="person-programme">
            <Fill message={t.atEvent} slots={{ event: <span lang="en">{event.name}</span> }} />
          </h2>
          <ol className="appearance-list">
            {person.appearances.map(({ day, item }) => (
              <AppearanceCard key={item.slug} day={day} item={item} />
            ))}
          </ol>
        </section>

        {isAgencyId(person.organisation) && <AgencyContacts agencyId={person.organisation} />}

        <nav aria-labelledby="other-people" className="other-agencies">
          <h2 id="other-people">{t.otherPeople}</h2>
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
  const t = useMessages('people');
  const agency = getAgency(agencyId);
  const own = contacts.filter((contact) => contact.agency === agency.id);
  return (
    <section aria-labelledby="person-agency">
      <h2 id="person-agency">{t.contactsAt(agency.shortName)}</h2>
      <p className="reading">{t.contactsIntro(agency.shortName)}</p>
      <ul className="card-grid contact-list">
        {own.map((contact) => (
          <ContactCard key={contact.id} contact={contact} agency={agency} onAgencyPage />
        ))}
      </ul>
      <p className="more-link">
        <Link to="/agencies/$agency" params={{ agency: agency.id }}>
          {t.about(agency.shortName)}
        </Link>{' '}
        ·{' '}
        <Link to="/contacts" search={{ agency: agency.id }}>
          {t.inDirectory(agency.shortName)}
        </Link>
      </p>
    </section>
  );
}
