import { intlLocale } from './locales';
import type { Locale } from './locales';

const rules = new Map<Locale, Intl.PluralRules>();

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
  let made = rules.get(locale);
  if (!made) {
    made = new Intl.PluralRules(intlLocale[locale]);
    rules.set(locale, made);
  }
  return forms[made.select(count)] ?? forms.other;
}
