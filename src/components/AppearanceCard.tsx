import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { summaryOf } from '../data/itemSummaries';
import type { AgendaItem, EventDay } from '../data/types';
import { useLocale } from '../i18n/catalogue';
import { dayLabel } from '../i18n/dayLabel';
import { formatDateWithWeekday } from '../lib/dates';
import { kindLabel } from '../lib/kindLabel';
import { ItemHeading } from './ItemHeading';

interface AppearanceCardProps {
  day: EventDay;
  item: AgendaItem;
  /** Shown between the day and the summary, e.g. who spoke. */
  children?: ReactNode;
}

/**
 * An agenda item as a list entry on an agency's or a person's page, linked to
 * it on its day. Its route loads the 'people' messages (for the kind badge).
 */
export function AppearanceCard({ day, item, children }: AppearanceCardProps) {
  const locale = useLocale();
  return (
    <li className="card">
      <p className={`badge badge--${item.kind}`}>{kindLabel(item.kind, locale)}</p>
      <h3 className="card__title">
        <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug}>
          <ItemHeading item={item} />
        </Link>
      </h3>
      <p className="muted">
        {dayLabel(day, locale)}, <time dateTime={day.id}>{formatDateWithWeekday(day.id, locale)}</time>
      </p>
      {children}
      {/* Our summary; until the agenda's messages carry Korean ones, a Korean page marks the English as such. */}
      <p className="reading" lang={locale === 'en' ? undefined : 'en'}>
        {summaryOf(item.slug)}
      </p>
    </li>
  );
}
