import type { IsoDate } from '../data/types';

// Event dates are calendar dates, not instants: format them in UTC so that
// every time zone, and the server, prints the same day.
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', timeZone: 'UTC' });

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "21 March 2023" */
export function formatDate(date: IsoDate): string {
  return longDate.format(toUtc(date));
}

/** "Tuesday" */
export function formatWeekday(date: IsoDate): string {
  return weekday.format(toUtc(date));
}

/** "Tue 21", where the month is plain from the context. */
export function formatShortDay(date: IsoDate): string {
  return shortDay.format(toUtc(date));
}

/**
 * "21–23 March 2023", "30 March – 2 April 2023", "30 December 2023 – 2 January 2024":
 * what both ends share is said once. (Intl's formatRange spaces the dash in one
 * month, and Node puts thin spaces where Chromium puts plain ones, which would
 * break hydration.)
 */
export function formatDateRange(start: IsoDate, end: IsoDate): string {
  const from = formatDate(start);
  const to = formatDate(end);
  if (start === end) return to;
  if (start.slice(0, 7) === end.slice(0, 7)) return `${toUtc(start).getUTCDate()}–${to}`;
  // Same year: "30 March 2023" less its year.
  return `${start.slice(0, 4) === end.slice(0, 4) ? from.slice(0, -5) : from} – ${to}`;
}

/** Adds whole years to a calendar date. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}` as IsoDate;
}
