import { Link } from '@tanstack/react-router';
import { AppearanceCard } from '../../components/AppearanceCard';
import { ContactCard } from '../../components/ContactCard';
import { CopyLink } from '../../components/CopyLink';
import { PersonLink } from '../../components/PersonLink';
import { SourceLink } from '../../components/SourceLink';
import { DownloadContactsButton } from '../../components/DownloadContactsButton';
import { Fill } from '../../components/Fill';
import { localOrganisationName } from '../../components/localOrganisationName';
import { Quoted } from '../../components/Quoted';
import { WithHidden } from '../../components/WithHidden';
import { days } from '../../data/agenda';
import { relationsOf } from '../../data/agencyAreas';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { mou } from '../../data/mou';
import { agencies } from '../../data/organisations';
import type { Agency, AgencyAreaRelation, MouArea } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { localizedPath } from '../../i18n/locales';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { formatDate } from '../../lib/dates';
import { listInWords } from '../../lib/listInWords';
import { appearancesOf } from './appearances';
import { EvidenceLink } from './EvidenceLink';

export function AgencyPage({ agency }: { agency: Agency }) {
  const t = useMessages('agencies');
  const glosses = useMessages('people').titleGlosses;
  const locale = useLocale();
  const appearances = appearancesOf(agency.id, days);
  const own = contacts.filter((contact) => contact.agency === agency.id);
  const reasons = groupByBasis(relationsOf(agency.id));
  const otherParties = mou.parties.filter((party) => party !== agency.id);
  const isParty = otherParties.length < mou.parties.length;
  const partyNames = listInWords(
    otherParties.map((party) => localOrganisationName(party, locale, true)),
    locale,
  );
  const otherName = t.otherName(agency);
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>{t.name(agency)}</h1>
      </div>
      <section className="split__aside summary-card" aria-labelledby="agency-facts">
        <h2 id="agency-facts" className="summary-card__title">
          {t.atAGlance(agency.shortName)}
        </h2>
        <dl className="summary-list">
          <div>
            <dt>{t.shortName}</dt>
            <dd>{agency.shortName}</dd>
          </div>
          <div>
            <dt>{t.otherNameLabel}</dt>
            <dd lang={otherName.lang}>{otherName.text}</dd>
          </div>
          <div>
            <dt>{t.listedUnder}</dt>
            <dd>{t.groups[agency.group]}</dd>
          </div>
          {isParty && (
            <div>
              <dt>{t.mou}</dt>
              <dd>
                <Fill
                  message={t.signedWith(partyNames, '{date}')}
                  slots={{ date: <time dateTime={mou.signed}>{formatDate(mou.signed, locale)}</time> }}
                />
              </dd>
            </div>
          )}
        </dl>
        <div className="summary-card__footer">
          <CopyLink url={absoluteUrl(localizedPath(`/agencies/${agency.id}`, locale))} label={agency.shortName} />
          <SourceLink />
        </div>
      </section>

      <div className="split__body">
        <section aria-labelledby="agency-programme">
          <h2 id="agency-programme">
            <Fill message={t.atEvent} slots={{ event: <span lang="en">{event.name}</span> }} />
          </h2>
          <ol className="appearance-list">
            {appearances.map(({ day, item, speakers }) => (
              <AppearanceCard key={item.slug} day={day} item={item}>
                {speakers.length > 0 && (
                  <ul className="compact-list">
                    {speakers.map((speaker) => (
                      <li key={speaker.name}>
                        <PersonLink name={speaker.name} />,{' '}
                        <Quoted text={speaker.title} gloss={glosses[speaker.title]} />
                      </li>
                    ))}
                  </ul>
                )}
              </AppearanceCard>
            ))}
          </ol>
        </section>

        <section aria-labelledby="agency-contacts">
          <h2 id="agency-contacts">{t.contacts}</h2>
          <p className="reading">{t.contactsIntro}</p>
          {own.length > 1 && (
            <DownloadContactsButton contacts={own} filter={[agency.id]}>
              <WithHidden {...t.downloadContacts(own.length, agency.shortName)} />
            </DownloadContactsButton>
          )}
          <ul className="card-grid contact-list">
            {own.map((contact) => (
              <ContactCard key={contact.id} contact={contact} agency={agency} onAgencyPage />
            ))}
          </ul>
          <p className="more-link">
            <Link to="/contacts" search={{ agency: agency.id }}>
              {t.inDirectory(agency.shortName)}
            </Link>
          </p>
        </section>

        <section aria-labelledby="agency-areas">
          <h2 id="agency-areas">{t.areasHeading}</h2>
          <p className="reading">
            {t.areasIntro(mou.areas.length, agency.shortName)}
            {isParty && t.areasAsParty(agency.shortName, mou.areas.length, partyNames)}
          </p>
          <dl className="relation-list">
            {reasons.map(({ areas, basis, evidence, first }) => (
              <div key={basis}>
                {areas.map((area) => (
                  <dt key={area}>{t.areas[area]}</dt>
                ))}
                <dd>
                  {t.basis(first)} <EvidenceLink evidence={evidence} />
                </dd>
              </div>
            ))}
          </dl>
          <p className="more-link">
            <Link to="/mou">{t.allAreas(mou.areas.length)}</Link>
          </p>
        </section>

        <nav aria-labelledby="other-agencies" className="other-agencies">
          <h2 id="other-agencies">{t.otherAgencies}</h2>
          <ul className="link-list">
            {agencies
              .filter((other) => other.id !== agency.id)
              .map((other) => (
                <li key={other.id}>
                  <Link to="/agencies/$agency" params={{ agency: other.id }}>
                    {t.linkName(other)}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}

/** Areas read from the same passage share one explanation, given by the first of them. */
function groupByBasis(relations: readonly AgencyAreaRelation[]) {
  const groups: Array<Omit<AgencyAreaRelation, 'area' | 'agency'> & { areas: MouArea[]; first: AgencyAreaRelation }> =
    [];
  for (const relation of relations) {
    const { area, basis, evidence } = relation;
    const group = groups.find((candidate) => candidate.basis === basis);
    if (group) group.areas.push(area);
    else groups.push({ areas: [area], basis, evidence, first: relation });
  }
  return groups;
}
