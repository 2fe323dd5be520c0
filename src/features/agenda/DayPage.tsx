import { AddToCalendarButton } from '../../components/AddToCalendarButton';
import { CopyLink } from '../../components/CopyLink';
import { SourceLink } from '../../components/SourceLink';
import { event } from '../../data/event';
import type { EventDay } from '../../data/types';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { formatDate, formatDateRange, formatWeekday } from '../../lib/dates';
import { AgendaItemCard } from './AgendaItemCard';
import { DayNav, PreviousNextDay } from './DayNav';
import { OtherDaysItemPointers } from './OtherDaysItemPointers';
import { UnknownItemNotice } from './UnknownItemNotice';
import { useHighlightedItem } from './useHighlightedItem';
import { useItemOnItsOwnDay } from './useItemOnItsOwnDay';

export function DayPage({ day }: { day: EventDay }) {
  const highlighted = useHighlightedItem(day);
  useItemOnItsOwnDay(day);
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>
          {day.label}:{' '}
          <time dateTime={day.id}>
            {formatWeekday(day.id)} {formatDate(day.id)}
          </time>
        </h1>
        <DayNav />
      </div>
      <div className="split__body">
        <UnknownItemNotice day={day} />
        <OtherDaysItemPointers day={day} />
        <ol className="timeline" aria-label={`Programme of ${day.label}`}>
          {day.items.map((item, index) => (
            <AgendaItemCard
              key={item.slug}
              day={day.id}
              item={item}
              position={index + 1}
              highlighted={item.slug === highlighted}
            />
          ))}
        </ol>
        <PreviousNextDay day={day} />
      </div>
      <section className="split__aside side-panel" aria-labelledby="day-facts">
        <h2 id="day-facts" className="side-panel__title">
          {day.label} at a glance
        </h2>
        <dl className="side-panel__facts">
          <div>
            <dt>Date</dt>
            <dd>
              <time dateTime={day.id}>
                {formatWeekday(day.id)} {formatDate(day.id)}
              </time>
            </dd>
          </div>
          <div>
            <dt>Event</dt>
            <dd>
              {event.name}, <time dateTime={event.start}>{formatDateRange(event.start, event.end)}</time>
            </dd>
          </div>
          <div>
            <dt>Order</dt>
            <dd>
              As the press release gives it; it gives no session times.
              {day.announcedInAdvance && ' It described this day’s programme in advance.'}
            </dd>
          </div>
        </dl>
        <div className="side-panel__actions">
          <AddToCalendarButton days={[day]}>
            Add {day.label} to your calendar <span className="visually-hidden">(.ics file)</span>
          </AddToCalendarButton>
          <CopyLink url={absoluteUrl(`/agenda/${day.id}`)} label={day.label} />
        </div>
        <SourceLink />
      </section>
    </div>
  );
}
