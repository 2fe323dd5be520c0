import type { EventDay } from '../../../src/data/types';
import { scaleEvent } from '../scaleEvent';

// Stands in for src/data/agenda.ts in a DATASET=scale build; the helper is the real one's.
export const days = scaleEvent.days as readonly EventDay[];

export function findDay(id: string): EventDay | undefined {
  return days.find((day) => day.id === id);
}
