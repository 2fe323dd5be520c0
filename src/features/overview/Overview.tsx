import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { AddToCalendarButton } from '../../components/AddToCalendarButton';
import { Quoted } from '../../components/Quoted';
import { days } from '../../data/agenda';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { audienceOrganisation, context, minister, quote } from '../../data/eventStory';
import { mou } from '../../data/mou';
import { agencies, getOrganisation } from '../../data/organisations';
import type { Speaker } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { formatDate, formatDateRange } from '../../lib/dates';
import { listInWords } from '../../lib/listInWords';
import { MouStatusBadge } from '../mou/MouStatusBadge';
import { DayColumn } from './DayColumn';

/** The event's front page: what, when and who at a glance, the three days side by side, and where to go next. */
export function Overview() {
  const t = useMessages('overview');
  const agenda = useMessages('agenda');
  const mouTitles = useMessages('mou').titles;
  const locale = useLocale();
  const dates = <time dateTime={event.start}>{formatDateRange(event.start, event.end, locale)}</time>;
  // Short names keep the line above the title short on a phone; the facts beside it give them in full.
  const hosts = listInWords(
    event.hosts.map((id) => agenda.shortName(getOrganisation(id))),
    locale,
  );
  const agencyNames = agencies.map((agency) => agenda.agencyName(agency));
  return (
    <div className="front">
      <div className="front__hero">
        <p className="eyebrow">
          {dates} · {t.coHostedBy(hosts)}
        </p>
        <h1 tabIndex={-1}>
          <Quoted text={event.name} />
        </h1>
        <p className="lede">{t.story.summary}</p>
        {t.translationNote && <p className="muted">{t.translationNote}</p>}
      </div>

      <section className="front__glance side-panel" aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="side-panel__title">
          {t.atAGlance}
        </h2>
        <dl className="side-panel__facts">
          <div>
            <dt>{t.dates}</dt>
            <dd>
              {dates}, {t.days(days.length)}
            </dd>
          </div>
          <div>
            <dt>{t.hosts}</dt>
            <dd>{event.hosts.map((id) => t.hostName(getOrganisation(id))).join(t.hostSeparator)}</dd>
          </div>
          <div>
            <dt>{t.notInRelease}</dt>
            <dd>{t.notInReleaseValue}</dd>
          </div>
          <div>
            <dt>{t.theMou}</dt>
            <dd>
              {t.signed.before}
              <time dateTime={mou.signed}>{formatDate(mou.signed, locale)}</time>
              {t.signed.after} <MouStatusBadge agreement={mou} locale={locale} />
            </dd>
          </div>
        </dl>
        <div className="side-panel__actions">
          <AddToCalendarButton days={days}>
            {t.addEventToCalendar} <span className="visually-hidden">{agenda.icsFile}</span>
          </AddToCalendarButton>
          <p className="hint">{t.calendarHint}</p>
        </div>
      </section>

      <section className="front__days" aria-labelledby="days-heading">
        <h2 id="days-heading">{t.programmeByDay}</h2>
        <ol className="day-columns">
          {days.map((day) => (
            <DayColumn key={day.id} day={day} />
          ))}
        </ol>
      </section>

      <section className="front__entries" aria-labelledby="entry-heading">
        <h2 id="entry-heading">{t.entries}</h2>
        <div className="card-grid">
          <div className="card">
            <h3 className="card__title">
              <Link to="/mou">{mouTitles[mou.title] ?? mou.title}</Link>
            </h3>
            <p>
              {t.mouCard(
                listInWords(
                  mou.parties.map((id) => agenda.shortName(getOrganisation(id))),
                  locale,
                ),
                mou.binding,
                mou.termYears,
                mou.areas.length,
              )}
            </p>
          </div>
          <div className="card">
            <h3 className="card__title">
              <Link to="/contacts">{t.contacts}</Link>
            </h3>
            <p>{t.contactsCard(agencyNames.join(', '), contacts.length)}</p>
          </div>
          <div className="card">
            <h3 className="card__title">
              <Link to="/agencies">{t.agencies}</Link>
            </h3>
            <p>{t.agenciesCard}</p>
            <ul className="inline-list">
              {agencies.map((agency, index) => (
                <li key={agency.id}>
                  <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                    {agencyNames[index]}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
          <div className="card">
            <h3 className="card__title">
              <Link to="/data">{t.openData}</Link>
            </h3>
            <p>{t.openDataCard}</p>
          </div>
        </div>
      </section>

      <section className="front__story" aria-labelledby="about-heading">
        <h2 id="about-heading">{t.whyHeld}</h2>
        <p className="reading">{t.story.purpose}</p>
        <p className="reading">
          {t.bestPractices(t.sectors)} {t.audience.label}
          <Audience />
        </p>
        <p className="reading">{t.story.significance}</p>
        <p className="reading muted">
          {t.ledBy.before(getOrganisation(minister.organisation))}
          <Quoted text={minister.title} gloss={agenda.jobTitleGlosses[minister.title]} />{' '}
          <Quoted text={minister.name} />
          {t.ledBy.after}
        </p>
      </section>

      <section className="front__context" aria-labelledby="context-heading">
        <h2 id="context-heading">{t.context}</h2>
        <dl className="definition-list">
          {context.map((entry) => (
            <div key={entry.id}>
              <dt>{t.contextNames[entry.id] ?? entry.name}</dt>
              <dd>{t.contextDescriptions[entry.id] ?? entry.description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <figure className="quote front__quote">
        <blockquote>
          <p>
            <Quoted text={`“${quote.text}”`} gloss={t.quoteGloss} />
          </p>
        </blockquote>
        <figcaption>
          <Quoted text={quote.speaker.name} />,{' '}
          <Quoted text={quote.speaker.title} gloss={agenda.jobTitleGlosses[quote.speaker.title]} />,{' '}
          {t.organisationName(getOrganisation(quote.speaker.organisation))}
        </figcaption>
      </figure>
    </div>
  );
}

/**
 * "World Bank staff, including Guangzhe Chen, Vice President for Infrastructure, and …": the
 * people the release names in the audience are that organisation's speakers, each with their title.
 */
function Audience() {
  const t = useMessages('overview').audience;
  const { jobTitleGlosses } = useMessages('agenda');
  const people = uniqueByName(
    days
      .flatMap((day) => day.items.flatMap((item) => item.speakers))
      .filter((speaker) => speaker.organisation === audienceOrganisation),
  );
  return (
    <>
      {t.before(getOrganisation(audienceOrganisation))}
      {people.map((person, index) => (
        <Fragment key={person.name}>
          {index > 0 && (index === people.length - 1 ? t.beforeLast : t.between)}
          <Quoted text={person.name} />, <Quoted text={person.title} gloss={jobTitleGlosses[person.title]} />
        </Fragment>
      ))}
      {t.after}
    </>
  );
}

function uniqueByName(speakers: readonly Speaker[]): Speaker[] {
  return [...new Map(speakers.map((speaker) => [speaker.name, speaker])).values()];
}
