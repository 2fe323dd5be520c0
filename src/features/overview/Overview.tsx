import { Link } from '@tanstack/react-router';
import { AddToCalendarButton } from '../../components/AddToCalendarButton';
import { days } from '../../data/agenda';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { context, eventStory, minister, quote } from '../../data/eventStory';
import { mou } from '../../data/mou';
import { agencies, getOrganisation } from '../../data/organisations';
import { formatDate, formatDateRange } from '../../lib/dates';
import { formatCount } from '../../lib/formatCount';
import { MouStatusBadge } from '../mou/MouStatusBadge';
import { DayColumn } from './DayColumn';

/** The event's front page: what, when and who at a glance, the three days side by side, and where to go next. */
export function Overview() {
  // Short names keep the line above the title short on a phone; the facts beside it give them in full.
  const hosts = event.hosts
    .map((id) => getOrganisation(id))
    .map((host) => (host.article ? `${host.article} ${host.shortName}` : host.shortName))
    .join(' and ');
  return (
    <div className="front">
      <div className="front__hero">
        <p className="eyebrow">
          <time dateTime={event.start}>{formatDateRange(event.start, event.end)}</time> · Co-hosted by {hosts}
        </p>
        <h1 tabIndex={-1}>{event.name}</h1>
        <p className="lede">{eventStory.summary}</p>
      </div>

      <section className="front__glance side-panel" aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="side-panel__title">
          At a glance
        </h2>
        <dl className="side-panel__facts">
          <div>
            <dt>Dates</dt>
            <dd>
              <time dateTime={event.start}>{formatDateRange(event.start, event.end)}</time>,{' '}
              {formatCount(days.length, 'day')}
            </dd>
          </div>
          <div>
            <dt>Hosts</dt>
            <dd>{event.hosts.map((id) => getOrganisation(id).name).join('; ')}</dd>
          </div>
          <div>
            <dt>Not in the release</dt>
            <dd>Session times, venue and e-mail addresses, so this site shows none</dd>
          </div>
          <div>
            <dt>The MoU</dt>
            <dd>
              Signed <time dateTime={mou.signed}>{formatDate(mou.signed)}</time>. <MouStatusBadge agreement={mou} />
            </dd>
          </div>
        </dl>
        <div className="side-panel__actions">
          <AddToCalendarButton days={days}>
            Add the event to your calendar <span className="visually-hidden">(.ics file)</span>
          </AddToCalendarButton>
          <p className="hint">One all-day entry per day, with its programme.</p>
        </div>
      </section>

      <section className="front__days" aria-labelledby="days-heading">
        <h2 id="days-heading">The programme by day</h2>
        <ol className="day-columns">
          {days.map((day) => (
            <DayColumn key={day.id} day={day} />
          ))}
        </ol>
      </section>

      <section className="front__entries" aria-labelledby="entry-heading">
        <h2 id="entry-heading">The agreement, the people and the data</h2>
        <div className="card-grid">
          <div className="card">
            <h3 className="card__title">
              <Link to="/mou">{mou.title}</Link>
            </h3>
            <p>
              Signed by MSIT and the World Bank: a non-binding understanding for {formatCount(mou.termYears, 'year')},
              across {formatCount(mou.areas.length, 'area')} of cooperation.
            </p>
          </div>
          <div className="card">
            <h3 className="card__title">
              <Link to="/contacts">Contacts</Link>
            </h3>
            <p>
              Whom to call at {agencies.map((agency) => agency.shortName).join(', ')}:{' '}
              {formatCount(contacts.length, 'person', 'people')}, a head and a point of contact at each, with numbers
              for callers in Korea and abroad.
            </p>
          </div>
          <div className="card">
            <h3 className="card__title">
              <Link to="/agencies">Agencies</Link>
            </h3>
            <p>What each agency presented, whom to call there, and the MoU areas its work relates to:</p>
            <ul className="inline-list">
              {agencies.map((agency) => (
                <li key={agency.id}>
                  <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                    {agency.shortName}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
          <div className="card">
            <h3 className="card__title">
              <Link to="/data">Open data</Link>
            </h3>
            <p>
              The whole event as JSON, with its JSON Schema, and the contacts and the agenda as CSV, free to reuse with
              the source credited.
            </p>
          </div>
        </div>
      </section>

      <section className="front__story" aria-labelledby="about-heading">
        <h2 id="about-heading">Why it was held</h2>
        <p className="reading">{eventStory.purpose}</p>
        <p className="reading">
          Best practices shared: {eventStory.bestPracticeSectors.join(', ')}. Audience: {eventStory.audience}
        </p>
        <p className="reading">{eventStory.significance}</p>
        <p className="reading muted">
          MSIT is led by {minister.title} {minister.name}.
        </p>
      </section>

      <section className="front__context" aria-labelledby="context-heading">
        <h2 id="context-heading">Context</h2>
        <dl className="definition-list">
          {context.map((entry) => (
            <div key={entry.id}>
              <dt>{entry.name}</dt>
              <dd>{entry.description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <figure className="quote front__quote">
        <blockquote>
          <p>“{quote.text}”</p>
        </blockquote>
        <figcaption>
          {quote.speaker.name}, {quote.speaker.title}, {getOrganisation(quote.speaker.organisation).name}
        </figcaption>
      </figure>
    </div>
  );
}
