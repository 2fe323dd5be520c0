import { formatCount } from '../formatCount';
import { plural } from '../plural';

/** A count and its noun, in the form English gives that count: counted(1, 'contact', 'contacts') → "1 contact". */
export function counted(count: number, one: string, other: string): string {
  return `${formatCount(count, 'en')} ${plural(count, 'en', { one, other })}`;
}
