import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { ItemHeading } from '../../components/ItemHeading';
import type { AgendaItem, EventDay } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import { formatDateWithWeekday } from '../../lib/dates';

/** One day on the front page: its date over its items in order, each a link to the item on its day. */
export function DayColumn({ day }: { day: EventDay }) {
  const t = useMessages('agenda');
  const locale = useLocale();
  return (
    <li className="day-column">
      <h3 className="day-column__title">
        <Link to="/agenda/$day" params={{ day: day.id }}>
          {dayLabel(day, locale)}
        </Link>{' '}
        <time dateTime={day.id} className="day-column__date">
          {formatDateWithWeekday(day.id, locale)}
        </time>
      </h3>
      <ol className="day-column__items">
        {day.items.map((item) => (
          <li key={item.slug}>
            <span className="day-column__kind">{t.kinds[item.kind]}</span>
            <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug} className="day-column__item">
              <ItemHeading item={item} />
            </Link>
            <span className="day-column__who">
              <WhoLed item={item} />
            </span>
          </li>
        ))}
      </ol>
    </li>
  );
}

/** "Guangzhe Chen and Manuela V. Ferro", quoted as published, or for an item without speakers its organisations. */
function WhoLed({ item }: { item: AgendaItem }) {
  const t = useMessages('agenda');
  if (item.speakers.length === 0) return t.organisations(item.organisations);
  return (
    <span lang="en">
      {item.speakers.map((speaker, index) => (
        <Fragment key={speaker.name}>
          {index > 0 && t.and}
          {speaker.name}
        </Fragment>
      ))}
    </span>
  );
}
