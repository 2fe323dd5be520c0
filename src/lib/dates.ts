import type { IsoDate } from '../data/types';
import { intlLocale } from '../i18n/locales';
import type { Locale } from '../i18n/locales';
import { formatted } from '../i18n/prerenderedFormats';
import { memoize } from './memoize';

// Event dates are calendar dates, not instants: format them in UTC so that
// every time zone, and the server, prints the same day.
const formats = {
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  weekday: { weekday: 'long', timeZone: 'UTC' },
  shortWeekday: { weekday: 'short', timeZone: 'UTC' },
  shortDay: { weekday: 'short', day: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type FormatName = keyof typeof formats;

const formatter = memoize(
  (name: FormatName, locale: Locale) => new Intl.DateTimeFormat(intlLocale[locale], formats[name]),
);

function format(name: FormatName, date: IsoDate, locale: Locale): string {
  return formatted(['date', name, locale, date], () => formatter(name, locale).format(toUtc(date)));
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "21 March 2023"; "2023년 3월 21일" */
export function formatDate(date: IsoDate, locale: Locale): string {
  return format('date', date, locale);
}

/** "Tuesday"; "화요일" */
export function formatWeekday(date: IsoDate, locale: Locale): string {
  return format('weekday', date, locale);
}

/** "Tuesday 21 March 2023"; "2023년 3월 21일 (화)" */
export function formatDateWithWeekday(date: IsoDate, locale: Locale): string {
  return locale === 'ko'
    ? `${formatDate(date, locale)} (${format('shortWeekday', date, locale)})`
    : `${formatWeekday(date, locale)} ${formatDate(date, locale)}`;
}

/** "Tue 21"; "21일 (화)": for where the month is plain from the context. */
export function formatShortDay(date: IsoDate, locale: Locale): string {
  return format('shortDay', date, locale);
}

/**
 * "21–23 March 2023", "30 March – 2 April 2023"; "2023년 3월 21일~23일": what
 * both ends share is said once (Intl's formatRange). Its spacing around the
 * dash or tilde differs between ICU versions (Node's and Chromium's), which
 * would break hydration, so it is set here: none between two days of one
 * month in English, none around the tilde in Korean.
 */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: Locale): string {
  return formatted(['dateRange', locale, start, end], () => {
    const range = formatter('date', locale)
      .formatRange(toUtc(start), toUtc(end))
      .replace(/[\u2009\u202f]/g, ' ');
    return locale === 'ko' ? range.replace(/\s*~\s*/g, '~') : range.replace(/^(\d{1,2}) – /, '$1–');
  });
}

/** Adds whole years to a calendar date. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}` as IsoDate;
}
