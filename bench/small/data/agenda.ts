import type { EventDay } from '../../../src/data/types';
import { smallEvent } from '../smallEvent';

// Stands in for src/data/agenda.ts in a DATASET=small build; the helper is the real one's.
export const days = smallEvent.days as readonly EventDay[];

export function findDay(id: string): EventDay | undefined {
  return days.find((day) => day.id === id);
}
