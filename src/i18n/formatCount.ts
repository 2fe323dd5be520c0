import { memoize } from '../lib/memoize';
import { intlLocale } from './locales';
import type { Locale } from './locales';
import { formatted } from './prerenderedFormats';

const numberFormat = memoize((locale: Locale) => new Intl.NumberFormat(intlLocale[locale]));

/**
 * A count as the language writes it: 5000 → "5,000". The formatter is made on
 * first use, not when a catalogue loads, so loading one costs no Intl work.
 */
export function formatCount(count: number, locale: Locale): string {
  return formatted(['count', locale, count], () => numberFormat(locale).format(count));
}
