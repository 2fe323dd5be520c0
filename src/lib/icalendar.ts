import { event } from '../data/event';
import { getOrganisation, nameInSentence, organisationList } from '../data/organisations';
import type { AgendaItem, EventDay, IsoDate, ItemKind } from '../data/types';
import { absoluteUrl } from './absoluteUrl';
import { escapeText, toContentLines } from './contentLine';
import { slugify } from './slugify';
import { itemHeading } from '../data/itemHeading';

export const ICALENDAR_TYPE = 'text/calendar;charset=utf-8';

interface CalendarOptions {
  /** When the file is made, for DTSTAMP. */
  now: Date;
  /** The page for a day, to link from each entry; omitted when not known. */
  dayUrl?: (day: EventDay) => string;
}

/**
 * An iCalendar (RFC 5545) file with one all-day VEVENT per day. The release
 * gives no session times, so the day's programme goes in the description,
 * in the release's order, and no entry has a time.
 */
export function toICalendar(days: readonly EventDay[], { now, dayUrl }: CalendarOptions): string {
  return toContentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${event.name} explorer//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...days.flatMap((day) => dayEvent(day, now, dayUrl?.(day))),
    'END:VCALENDAR',
  ]);
}

function dayEvent(day: EventDay, now: Date, url: string | undefined): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${dayUid(day)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${compactDate(day.id)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(day.id))}`,
    `SUMMARY:${escapeText(`${event.name}, ${day.label}`)}`,
    `DESCRIPTION:${escapeText(programme(day))}`,
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

/**
 * Stable across downloads, so importing a file twice updates rather than
 * duplicates; the site's host makes it globally unique, as RFC 5545 asks.
 */
export function dayUid(day: EventDay): string {
  return `${slugify(event.name)}-${day.id}@${new URL(absoluteUrl('/')).hostname}`;
}

function programme(day: EventDay): string {
  const hosts = event.hosts.map(nameInSentence).join(' and ');
  return [
    `${day.label} of ${event.name}, co-hosted by ${hosts}.`,
    'The press release gives no session times. The programme, in the order it gives:',
    ...day.items.map((item, index) => `${index + 1}. ${describeItem(item)}`),
  ].join('\n');
}

// A calendar file is the same in both editions, in the release's language, so
// it keeps its own English words rather than load a catalogue on a Korean page.
const kindInFile: Record<ItemKind, string> = {
  remarks: 'Remarks',
  signing: 'Signing',
  presentation: 'Presentation',
  keynote: 'Keynote',
  ceremony: 'Ceremony',
};

function describeItem(item: AgendaItem): string {
  const heading = itemHeading(item);
  const who =
    item.speakers.length > 0
      ? item.speakers
          .map((speaker) => `${speaker.name}, ${speaker.title}, ${getOrganisation(speaker.organisation).name}`)
          .join('; ')
      : organisationList(item.organisations);
  return `${kindInFile[item.kind]}: ${heading} (${who})`;
}

export function calendarFilename(days: readonly EventDay[]): string {
  const [only] = days;
  return days.length === 1 && only ? `${slugify(event.name)}-${only.id}.ics` : `${slugify(event.name)}.ics`;
}

function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

function nextDay(date: IsoDate): IsoDate {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10) as IsoDate;
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
