import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { itemHeading } from '../data/itemHeading';
import { summaryOf } from '../data/itemSummaries';
import type { AgendaItem, EventDay } from '../data/types';
import { formatDate, formatWeekday } from '../lib/dates';
import { kindLabel } from '../lib/kindLabel';

interface AppearanceCardProps {
  day: EventDay;
  item: AgendaItem;
  /** Shown between the day and the summary, e.g. who spoke. */
  children?: ReactNode;
}

/** An agenda item as a list entry on an agency's or a person's page, linked to it on its day. */
export function AppearanceCard({ day, item, children }: AppearanceCardProps) {
  return (
    <li className="card">
      <p className={`badge badge--${item.kind}`}>{kindLabel[item.kind]}</p>
      <h3 className="card__title">
        <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug}>
          {itemHeading(item)}
        </Link>
      </h3>
      <p className="muted">
        {day.label},{' '}
        <time dateTime={day.id}>
          {formatWeekday(day.id)} {formatDate(day.id)}
        </time>
      </p>
      {children}
      <p className="reading">{summaryOf(item.slug)}</p>
    </li>
  );
}
