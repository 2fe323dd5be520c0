import { getAgency } from '../../data/organisations';
import { listInWords } from '../../lib/listInWords';
import type { ContactsFilter } from './contactsSearch';

/** The directory view in words, as it reads after "Copy link to": "contacts at KISA and NIA matching “lim”". */
export function describeFilter({ agencies, query }: ContactsFilter): string {
  const names = agencies.map((id) => getAgency(id).shortName);
  const atAgencies = names.length > 0 ? ` at ${listInWords(names)}` : '';
  const trimmed = query.trim();
  const matching = trimmed ? ` matching “${trimmed}”` : '';
  return atAgencies || matching ? `contacts${atAgencies}${matching}` : 'all contacts';
}
