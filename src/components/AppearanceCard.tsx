import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { AgendaItem, EventDay } from '../data/types';
import { useLocale, useMessages } from '../i18n/catalogue';
import { dayLabel } from '../i18n/dayLabel';
import { formatDateWithWeekday } from '../lib/dates';
import { ItemHeading } from './ItemHeading';

interface AppearanceCardProps {
  day: EventDay;
  item: AgendaItem;
  /** Shown between the day and the summary, e.g. who spoke. */
  children?: ReactNode;
}

/**
 * An agenda item as a list entry on an agency's or a person's page, linked to
 * it on its day. Its route loads the 'agenda' messages (its kind and summary).
 */
export function AppearanceCard({ day, item, children }: AppearanceCardProps) {
  const locale = useLocale();
  const t = useMessages('agenda');
  return (
    <li className="card">
      <p className={`badge badge--${item.kind}`}>{t.kinds[item.kind]}</p>
      <h3 className="card__title">
        <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug}>
          <ItemHeading item={item} />
        </Link>
      </h3>
      <p className="muted">
        {dayLabel(day, locale)}, <time dateTime={day.id}>{formatDateWithWeekday(day.id, locale)}</time>
      </p>
      {children}
      {t.summaries[item.slug] && <p className="reading">{t.summaries[item.slug]}</p>}
    </li>
  );
}
