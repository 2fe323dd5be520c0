import type { ContactRole } from '../data/types';
import { messagesOf } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';

/** "Head", "Point of contact"; "책임자", "담당자". The page's route loads the 'contacts' messages. */
export function roleLabel(role: ContactRole, locale: Locale): string {
  return messagesOf(locale, 'contacts').roles[role];
}
