import { getAgency } from '../../data/organisations';
import type { AgencyId } from '../../data/types';
import { messagesOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locales';
import { listInWords } from '../../lib/listInWords';
import { truncate } from '../../lib/truncate';
import type { ContactsFilter } from './contactsSearch';

/** The directory view in words, as it reads after "Copy link to": "contacts at KISA and NIA matching “lim”". */
export function describeFilter({ agencies, query }: ContactsFilter, locale: Locale): string {
  const names = agencies.map((id) => getAgency(id).shortName);
  return messagesOf(locale, 'contacts').filterInWords(names.length > 0 ? listInWords(names, locale) : '', query.trim());
}

/** The filter bar's summary on phones: "KISA, NIA · 4 contacts", "All agencies · “lim” · 1 contact". */
export function summarizeFilter(agencies: readonly AgencyId[], query: string, count: number, locale: Locale): string {
  const t = messagesOf(locale, 'contacts');
  const names = agencies.length > 0 ? agencies.map((id) => getAgency(id).shortName).join(', ') : t.allAgencies;
  const trimmed = query.trim();
  const matching = trimmed ? ` · “${truncate(trimmed)}”` : '';
  return `${names}${matching} · ${t.contactCount(count)}`;
}
