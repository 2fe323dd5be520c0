import { AddToCalendarButton } from '../../components/AddToCalendarButton';
import { CopyLink } from '../../components/CopyLink';
import type { EventDay } from '../../data/types';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { formatDate, formatWeekday } from '../../lib/dates';
import { AgendaItemCard } from './AgendaItemCard';
import { DayNav, PreviousNextDay } from './DayNav';
import { useHighlightedItem } from './useHighlightedItem';

export function DayPage({ day }: { day: EventDay }) {
  const highlighted = useHighlightedItem();
  return (
    <div className="page">
      <p className="eyebrow">Agenda</p>
      <h1 tabIndex={-1}>
        {day.label}:{' '}
        <time dateTime={day.id}>
          {formatWeekday(day.id)} {formatDate(day.id)}
        </time>
      </h1>
      <CopyLink url={absoluteUrl(`/agenda/${day.id}`)} label={day.label} />
      <DayNav />
      <p className="muted reading">
        In the order the press release gives. The release gives no session times.
        {day.announcedInAdvance && ' It described this day’s programme in advance.'}
      </p>
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
      <p className="calendar-action">
        <AddToCalendarButton days={[day]}>
          Add {day.label} to your calendar <span className="visually-hidden">(.ics file)</span>
        </AddToCalendarButton>
      </p>
      <PreviousNextDay day={day} />
    </div>
  );
}
