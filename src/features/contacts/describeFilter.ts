import { getAgency } from '../../data/organisations';
import { listInWords } from '../../lib/listInWords';
import { truncate } from '../../lib/truncate';
import type { AgencyId } from '../../data/types';
import type { ContactsFilter } from './contactsSearch';

/** The directory view in words, as it reads after "Copy link to": "contacts at KISA and NIA matching “lim”". */
export function describeFilter({ agencies, query }: ContactsFilter): string {
  const names = agencies.map((id) => getAgency(id).shortName);
  const atAgencies = names.length > 0 ? ` at ${listInWords(names)}` : '';
  const trimmed = query.trim();
  const matching = trimmed ? ` matching “${trimmed}”` : '';
  return atAgencies || matching ? `contacts${atAgencies}${matching}` : 'all contacts';
}

/** The filter bar's summary on phones: "KISA, NIA · 4 contacts", "All agencies · “lim” · 1 contact". */
export function summarizeFilter(agencies: readonly AgencyId[], query: string, count: number): string {
  const names = agencies.length > 0 ? agencies.map((id) => getAgency(id).shortName).join(', ') : 'All agencies';
  const trimmed = query.trim();
  const matching = trimmed ? ` · “${truncate(trimmed)}”` : '';
  return `${names}${matching} · ${count} ${count === 1 ? 'contact' : 'contacts'}`;
}
