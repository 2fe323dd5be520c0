import { Link } from '@tanstack/react-router';
import { AddToCalendarButton } from '../../components/AddToCalendarButton';
import { days } from '../../data/agenda';
import { event, source } from '../../data/event';
import { context, eventStory, minister, quote } from '../../data/eventStory';
import { mou } from '../../data/mou';
import { agencies, getOrganisation, nameInSentence } from '../../data/organisations';
import { formatDate, formatDateRange, formatWeekday } from '../../lib/dates';

export function Overview() {
  const hosts = event.hosts.map(nameInSentence).join(' and ');
  return (
    <div className="page">
      <p className="eyebrow">
        <time dateTime={event.start}>{formatDateRange(event.start, event.end)}</time> · Co-hosted by {hosts}
      </p>
      <h1 tabIndex={-1}>{event.name}</h1>
      <p className="lede">{eventStory.summary}</p>

      <section aria-labelledby="days-heading">
        <h2 id="days-heading">The programme by day</h2>
        <ol className="card-grid">
          {days.map((day) => (
            <li key={day.id} className="card">
              <h3 className="card__title">
                <Link to="/agenda/$day" params={{ day: day.id }}>
                  {day.label}
                </Link>
              </h3>
              <p className="muted">
                <time dateTime={day.id}>
                  {formatWeekday(day.id)}, {formatDate(day.id)}
                </time>
              </p>
              <ul className="compact-list">
                {day.items.map((item) => (
                  <li key={item.slug}>{item.title ?? item.topic}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        <p className="calendar-action">
          <AddToCalendarButton days={days}>
            Add the event to your calendar <span className="visually-hidden">(.ics file)</span>
          </AddToCalendarButton>
          <span className="hint">One all-day entry per day, with its programme; the release gives no times.</span>
        </p>
      </section>

      <section aria-labelledby="entry-heading">
        <h2 id="entry-heading">The agreement and the people</h2>
        <div className="card-grid">
          <div className="card">
            <h3 className="card__title">
              <Link to="/mou">{mou.title}</Link>
            </h3>
            <p>
              Signed by MSIT and the World Bank on <time dateTime={mou.signed}>{formatDate(mou.signed)}</time>: a
              non-binding understanding for {mou.termYears} years, across {mou.areas.length} areas of cooperation.
            </p>
          </div>
          <div className="card">
            <h3 className="card__title">
              <Link to="/contacts">Contacts</Link>
            </h3>
            <p>
              Whom to call at {agencies.map((agency) => agency.shortName).join(', ')}: a head and a point of contact at
              each, with phone numbers for callers in Korea and abroad.
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
        </div>
      </section>

      <section aria-labelledby="about-heading">
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

      <section aria-labelledby="context-heading">
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

      <figure className="quote">
        <blockquote>
          <p>“{quote.text}”</p>
        </blockquote>
        <figcaption>
          {quote.speaker.name}, {quote.speaker.title}, {getOrganisation(quote.speaker.organisation).name}
        </figcaption>
      </figure>

      <section aria-labelledby="source-heading">
        <h2 id="source-heading">Source</h2>
        <p className="reading">
          Everything here comes from the {source.publisher}’s {source.kind.toLowerCase()} “{source.title}”, used under
          the {source.licence}. The release gives no session times, venue or e-mail addresses, so none are shown.
        </p>
      </section>
    </div>
  );
}
