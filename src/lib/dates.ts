import type { IsoDate } from '../data/types';
import { intlLocale } from '../i18n/locales';
import type { Locale } from '../i18n/locales';

// Event dates are calendar dates, not instants: format them in UTC so that
// every time zone, and the server, prints the same day.
const formats = {
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  weekday: { weekday: 'long', timeZone: 'UTC' },
  shortWeekday: { weekday: 'short', timeZone: 'UTC' },
  shortDay: { weekday: 'short', day: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type FormatName = keyof typeof formats;

// Made on first use, once per language: building a DateTimeFormat costs
// milliseconds on a phone, and a page needs only some of them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(name: FormatName, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale} ${name}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(intlLocale[locale], formats[name]);
    formatters.set(key, made);
  }
  return made;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "21 March 2023"; "2023년 3월 21일" */
export function formatDate(date: IsoDate, locale: Locale): string {
  return formatter('date', locale).format(toUtc(date));
}

/** "Tuesday"; "화요일" */
export function formatWeekday(date: IsoDate, locale: Locale): string {
  return formatter('weekday', locale).format(toUtc(date));
}

/** "Tuesday 21 March 2023"; "2023년 3월 21일 (화)" */
export function formatDateWithWeekday(date: IsoDate, locale: Locale): string {
  return locale === 'ko'
    ? `${formatDate(date, locale)} (${formatter('shortWeekday', locale).format(toUtc(date))})`
    : `${formatWeekday(date, locale)} ${formatDate(date, locale)}`;
}

/** "Tue 21"; "21일 (화)": for where the month is plain from the context. */
export function formatShortDay(date: IsoDate, locale: Locale): string {
  return formatter('shortDay', locale).format(toUtc(date));
}

/**
 * "21–23 March 2023", "30 March – 2 April 2023"; "2023년 3월 21일~23일": what
 * both ends share is said once (Intl's formatRange). Its spacing around the
 * dash or tilde differs between ICU versions (Node's and Chromium's), which
 * would break hydration, so it is set here: none between two days of one
 * month in English, none around the tilde in Korean.
 */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: Locale): string {
  const range = formatter('date', locale)
    .formatRange(toUtc(start), toUtc(end))
    .replace(/[\u2009\u202f]/g, ' ');
  return locale === 'ko' ? range.replace(/\s*~\s*/g, '~') : range.replace(/^(\d{1,2}) – /, '$1–');
}

/** Adds whole years to a calendar date. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}` as IsoDate;
}
