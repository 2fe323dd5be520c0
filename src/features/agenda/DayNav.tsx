import { Link } from '@tanstack/react-router';
import { days } from '../../data/agenda';
import type { EventDay } from '../../data/types';
import { formatDate, formatShortDay, formatWeekday } from '../../lib/dates';

/** The day switch: one row of three, "Day 1 · Tue 21", that fits a 320 px phone. */
export function DayNav() {
  return (
    <nav aria-label="Event days" className="day-nav">
      <ul>
        {days.map((day) => (
          <li key={day.id}>
            <Link to="/agenda/$day" params={{ day: day.id }} className="day-nav__link">
              <span className="day-nav__label">{day.label}</span>{' '}
              <time dateTime={day.id}>
                <span aria-hidden="true">{formatShortDay(day.id)}</span>
                <span className="visually-hidden">
                  {formatWeekday(day.id)} {formatDate(day.id)}
                </span>
              </time>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PreviousNextDay({ day }: { day: EventDay }) {
  const index = days.findIndex((candidate) => candidate.id === day.id);
  const previous = days[index - 1];
  const next = days[index + 1];
  return (
    <nav aria-label="Previous and next day" className="pager">
      {previous && (
        <Link to="/agenda/$day" params={{ day: previous.id }} className="pager__previous" rel="prev">
          <span aria-hidden="true">← </span>Previous day: {previous.label}
        </Link>
      )}
      {next && (
        <Link to="/agenda/$day" params={{ day: next.id }} className="pager__next" rel="next">
          Next day: {next.label}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
