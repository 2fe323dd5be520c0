import { intlLocale } from '../i18n/locales';
import type { Locale } from '../i18n/locales';

const formats = new Map<string, Intl.ListFormat>();

/** ["MSIT", "KISA", "NIA"] → "MSIT, KISA and NIA"; in Korean "MSIT, KISA 및 NIA". `type` "disjunction" says "or". */
export function listInWords(
  words: readonly string[],
  locale: Locale,
  type: Intl.ListFormatType = 'conjunction',
): string {
  const key = `${locale} ${type}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.ListFormat(intlLocale[locale], { type });
    formats.set(key, made);
  }
  return made.format(words);
}
