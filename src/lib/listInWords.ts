import { intlLocale } from '../i18n/locales';
import type { Locale } from '../i18n/locales';
import { formatted } from '../i18n/prerenderedFormats';
import { memoize } from './memoize';

const listFormat = memoize(
  (locale: Locale, type: Intl.ListFormatType) => new Intl.ListFormat(intlLocale[locale], { type }),
);

/** ["MSIT", "KISA", "NIA"] → "MSIT, KISA and NIA"; in Korean "MSIT, KISA 및 NIA". `type` "disjunction" says "or". */
export function listInWords(
  words: readonly string[],
  locale: Locale,
  type: Intl.ListFormatType = 'conjunction',
): string {
  return formatted(['list', locale, type, ...words], () => listFormat(locale, type).format(words));
}
