import { days } from '../../data/agenda';
import type { EventDay } from '../../data/types';

/** The day whose programme holds the item with this slug, if any. */
export function dayOfItem(slug: string): EventDay | undefined {
  return days.find((day) => day.items.some((item) => item.slug === slug));
}
