import { Link } from '@tanstack/react-router';
import { itemHeading } from '../../data/itemHeading';
import { organisationList } from '../../data/organisations';
import type { AgendaItem, EventDay } from '../../data/types';
import { formatDate, formatWeekday } from '../../lib/dates';
import { kindLabel } from '../../lib/kindLabel';

/** One day on the front page: its date over its items in order, each a link to the item on its day. */
export function DayColumn({ day }: { day: EventDay }) {
  return (
    <li className="day-column">
      <h3 className="day-column__title">
        <Link to="/agenda/$day" params={{ day: day.id }}>
          {day.label}
        </Link>{' '}
        <time dateTime={day.id} className="day-column__date">
          {formatWeekday(day.id)} {formatDate(day.id)}
        </time>
      </h3>
      <ol className="day-column__items">
        {day.items.map((item) => (
          <li key={item.slug}>
            <span className="day-column__kind">{kindLabel[item.kind]}</span>
            <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug} className="day-column__item">
              {itemHeading(item)}
            </Link>
            <span className="day-column__who">{whoLed(item)}</span>
          </li>
        ))}
      </ol>
    </li>
  );
}

/** "Guangzhe Chen and Manuela V. Ferro", or for an item without speakers its organisations. */
function whoLed(item: AgendaItem): string {
  return item.speakers.length > 0
    ? item.speakers.map((speaker) => speaker.name).join(' and ')
    : organisationList(item.organisations);
}
