import { Link } from '@tanstack/react-router';
import { AppearanceCard } from '../../components/AppearanceCard';
import { ContactCard } from '../../components/ContactCard';
import { CopyLink } from '../../components/CopyLink';
import { PersonLink } from '../../components/PersonLink';
import { SourceLink } from '../../components/SourceLink';
import { DownloadContactsButton } from '../../components/DownloadContactsButton';
import { days } from '../../data/agenda';
import { relationsOf } from '../../data/agencyAreas';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { mou } from '../../data/mou';
import { agencies, nameInSentence } from '../../data/organisations';
import type { Agency, AgencyAreaRelation, MouArea } from '../../data/types';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { formatDate } from '../../lib/dates';
import { formatCount } from '../../lib/formatCount';
import { appearancesOf } from './appearances';
import { EvidenceLink } from './EvidenceLink';

export function AgencyPage({ agency }: { agency: Agency }) {
  const appearances = appearancesOf(agency.id, days);
  const own = contacts.filter((contact) => contact.agency === agency.id);
  const reasons = groupByBasis(relationsOf(agency.id));
  const otherParties = mou.parties.filter((party) => party !== agency.id);
  const isParty = otherParties.length < mou.parties.length;
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>{agency.name}</h1>
      </div>
      <section className="split__aside summary-card" aria-labelledby="agency-facts">
        <h2 id="agency-facts" className="summary-card__title">
          {agency.shortName} at a glance
        </h2>
        <dl className="summary-list">
          <div>
            <dt>Short name</dt>
            <dd>{agency.shortName}</dd>
          </div>
          <div>
            <dt>Korean name</dt>
            <dd lang="ko">{agency.nameKo}</dd>
          </div>
          <div>
            <dt>Listed under</dt>
            <dd>{agency.group}</dd>
          </div>
          {isParty && (
            <div>
              <dt>The MoU</dt>
              <dd>
                Signed it with {otherParties.map(nameInSentence).join(' and ')} on{' '}
                <time dateTime={mou.signed}>{formatDate(mou.signed)}</time>
              </dd>
            </div>
          )}
        </dl>
        <div className="summary-card__footer">
          <CopyLink url={absoluteUrl(`/agencies/${agency.id}`)} label={agency.shortName} />
          <SourceLink />
        </div>
      </section>

      <div className="split__body">
        <section aria-labelledby="agency-programme">
          <h2 id="agency-programme">At {event.name}</h2>
          <ol className="appearance-list">
            {appearances.map(({ day, item, speakers }) => (
              <AppearanceCard key={item.slug} day={day} item={item}>
                {speakers.length > 0 && (
                  <ul className="compact-list">
                    {speakers.map((speaker) => (
                      <li key={speaker.name}>
                        <PersonLink name={speaker.name} />, {speaker.title}
                      </li>
                    ))}
                  </ul>
                )}
              </AppearanceCard>
            ))}
          </ol>
        </section>

        <section aria-labelledby="agency-contacts">
          <h2 id="agency-contacts">Contacts</h2>
          <p className="reading">
            A head and a point of contact, as listed in the press release. Numbers are office lines; the international
            form is for callers outside Korea.
          </p>
          {own.length > 1 && (
            <DownloadContactsButton contacts={own} filter={[agency.id]}>
              Download {own.length} contacts <span className="visually-hidden">at {agency.shortName}</span>
            </DownloadContactsButton>
          )}
          <ul className="card-grid contact-list">
            {own.map((contact) => (
              <ContactCard key={contact.id} contact={contact} agency={agency} onAgencyPage />
            ))}
          </ul>
          <p className="more-link">
            <Link to="/contacts" search={{ agency: agency.id }}>
              {agency.shortName} in the contact directory
            </Link>
          </p>
        </section>

        <section aria-labelledby="agency-areas">
          <h2 id="agency-areas">MoU areas its work relates to</h2>
          <p className="reading">
            The MoU names {formatCount(mou.areas.length, 'area')} of cooperation. The release does not assign them to
            agencies; these follow from what it says {agency.shortName} presented or plans.
            {isParty &&
              ` As a party to the MoU, ${agency.shortName} shares all ${mou.areas.length} with ${otherParties.map(nameInSentence).join(' and ')} as areas of common interest.`}
          </p>
          <dl className="relation-list">
            {reasons.map(({ areas, basis, evidence }) => (
              <div key={basis}>
                {areas.map((area) => (
                  <dt key={area}>{area}</dt>
                ))}
                <dd>
                  {basis} <EvidenceLink evidence={evidence} />
                </dd>
              </div>
            ))}
          </dl>
          <p className="more-link">
            <Link to="/mou">All {formatCount(mou.areas.length, 'area')} in the MoU</Link>
          </p>
        </section>

        <nav aria-labelledby="other-agencies" className="other-agencies">
          <h2 id="other-agencies">Other agencies</h2>
          <ul className="link-list">
            {agencies
              .filter((other) => other.id !== agency.id)
              .map((other) => (
                <li key={other.id}>
                  <Link to="/agencies/$agency" params={{ agency: other.id }}>
                    {other.name} ({other.shortName})
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}

/** Areas read from the same passage share one explanation. */
function groupByBasis(relations: readonly AgencyAreaRelation[]) {
  const groups: Array<Omit<AgencyAreaRelation, 'area' | 'agency'> & { areas: MouArea[] }> = [];
  for (const { area, basis, evidence } of relations) {
    const group = groups.find((candidate) => candidate.basis === basis);
    if (group) group.areas.push(area);
    else groups.push({ areas: [area], basis, evidence });
  }
  return groups;
}
