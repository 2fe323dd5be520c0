import { useSyncExternalStore } from 'react';
import type { IsoDate } from '../../data/types';
import { todayIso } from './mouStatus';

const neverChanges = () => () => {};
const buildDate = () => import.meta.env.BUILD_DATE as IsoDate;

/**
 * Today's date. Prerendered HTML was rendered on the build date, so hydration
 * starts from that date and React then re-renders with today's, without a
 * hydration mismatch.
 */
export function useToday(): IsoDate {
  return useSyncExternalStore(neverChanges, todayIso, buildDate);
}
