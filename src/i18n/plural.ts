import { memoize } from '../lib/memoize';
import { intlLocale } from './locales';
import type { Locale } from './locales';
import { formatted } from './prerenderedFormats';

const pluralRules = memoize((locale: Locale) => new Intl.PluralRules(intlLocale[locale]));

/**
 * The form of a word for a count, by the language's plural rules: English has
 * "one" and "other", Korean only "other".
 * plural(1, 'en', { one: 'contact', other: 'contacts' }) → "contact"
 */
export function plural(
  count: number,
  locale: Locale,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = formatted(['plural', locale, count], () => pluralRules(locale).select(count)) as Intl.LDMLPluralRule;
  return forms[rule] ?? forms.other;
}
