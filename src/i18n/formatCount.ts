import { intlLocale } from './locales';
import type { Locale } from './locales';

const formats = new Map<Locale, Intl.NumberFormat>();

/**
 * A count as the language writes it: 5000 → "5,000". The formatter is made on
 * first use, not when a catalogue loads, so loading one costs no Intl work.
 */
export function formatCount(count: number, locale: Locale): string {
  let made = formats.get(locale);
  if (!made) {
    made = new Intl.NumberFormat(intlLocale[locale]);
    formats.set(locale, made);
  }
  return made.format(count);
}
