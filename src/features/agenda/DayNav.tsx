import { Link } from '@tanstack/react-router';
import { days } from '../../data/agenda';
import type { EventDay } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import { formatDateWithWeekday, formatShortDay } from '../../lib/dates';

/** The day switch: one row of three, "Day 1 · Tue 21", that fits a 320 px phone. */
export function DayNav() {
  const t = useMessages('agenda');
  const locale = useLocale();
  return (
    <nav aria-label={t.eventDays} className="day-nav">
      <ul>
        {days.map((day) => (
          <li key={day.id}>
            <Link to="/agenda/$day" params={{ day: day.id }} className="day-nav__link">
              <span className="day-nav__label">{dayLabel(day, locale)}</span>{' '}
              <time dateTime={day.id}>
                <span aria-hidden="true">{formatShortDay(day.id, locale)}</span>
                <span className="visually-hidden">{formatDateWithWeekday(day.id, locale)}</span>
              </time>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PreviousNextDay({ day }: { day: EventDay }) {
  const t = useMessages('agenda');
  const locale = useLocale();
  const index = days.findIndex((candidate) => candidate.id === day.id);
  const previous = days[index - 1];
  const next = days[index + 1];
  return (
    <nav aria-label={t.previousAndNextDay} className="pager">
      {previous && (
        <Link to="/agenda/$day" params={{ day: previous.id }} className="pager__previous" rel="prev">
          <span aria-hidden="true">← </span>
          {t.previousDay(dayLabel(previous, locale))}
        </Link>
      )}
      {next && (
        <Link to="/agenda/$day" params={{ day: next.id }} className="pager__next" rel="next">
          {t.nextDay(dayLabel(next, locale))}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
