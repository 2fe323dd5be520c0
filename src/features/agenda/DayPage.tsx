import { AddToCalendarButton } from '../../components/AddToCalendarButton';
import { CopyLink } from '../../components/CopyLink';
import { Quoted } from '../../components/Quoted';
import { SourceLink } from '../../components/SourceLink';
import { event } from '../../data/event';
import type { EventDay } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import { localizedPath } from '../../i18n/locales';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { formatDateRange, formatDateWithWeekday } from '../../lib/dates';
import { AgendaItemCard } from './AgendaItemCard';
import { DayNav, PreviousNextDay } from './DayNav';
import { OtherDaysItemPointers } from './OtherDaysItemPointers';
import { UnknownItemNotice } from './UnknownItemNotice';
import { useHighlightedItem } from './useHighlightedItem';
import { useItemOnItsOwnDay } from './useItemOnItsOwnDay';

export function DayPage({ day }: { day: EventDay }) {
  const t = useMessages('agenda');
  const locale = useLocale();
  const highlighted = useHighlightedItem(day);
  useItemOnItsOwnDay(day);
  const label = dayLabel(day, locale);
  const date = <time dateTime={day.id}>{formatDateWithWeekday(day.id, locale)}</time>;
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>
          {label}: {date}
        </h1>
        <DayNav />
      </div>
      <div className="split__body">
        <UnknownItemNotice day={day} />
        <OtherDaysItemPointers day={day} />
        <ol className="timeline" aria-label={t.programmeOf(label)}>
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
          {t.atAGlance(label)}
        </h2>
        <dl className="side-panel__facts">
          <div>
            <dt>{t.date}</dt>
            <dd>{date}</dd>
          </div>
          <div>
            <dt>{t.event}</dt>
            <dd>
              <Quoted text={event.name} />,{' '}
              <time dateTime={event.start}>{formatDateRange(event.start, event.end, locale)}</time>
            </dd>
          </div>
          <div>
            <dt>{t.order}</dt>
            <dd>
              {t.orderAsPublished}
              {day.announcedInAdvance && t.announcedInAdvance}
            </dd>
          </div>
        </dl>
        <div className="side-panel__actions">
          <AddToCalendarButton days={[day]}>
            {t.addDayToCalendar(label)} <span className="visually-hidden">{t.icsFile}</span>
          </AddToCalendarButton>
          <CopyLink url={absoluteUrl(localizedPath(`/agenda/${day.id}`, locale))} label={label} />
        </div>
        <SourceLink />
      </section>
    </div>
  );
}
