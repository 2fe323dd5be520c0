import type { ItemKind } from '../data/types';
import { messagesOf } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';

/** An item's kind badge: "Keynote"; "기조연설". The page's route loads the 'people' messages. */
export function kindLabel(kind: ItemKind, locale: Locale): string {
  return messagesOf(locale, 'people').kinds[kind];
}
