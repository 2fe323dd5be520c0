import type { IsoDate, Mou } from '../../data/types';
import { addYears } from '../../lib/dates';

export type MouStatus = { state: 'in-effect'; until: IsoDate } | { state: 'expired'; on: IsoDate };

/**
 * "Effective for three years from the date of signing": signed 21 March 2023,
 * it lapses on the third anniversary, 21 March 2026.
 */
export function mouStatus(agreement: Pick<Mou, 'signed' | 'termYears'>, today: IsoDate): MouStatus {
  const lapses = addYears(agreement.signed, agreement.termYears);
  return today < lapses ? { state: 'in-effect', until: lapses } : { state: 'expired', on: lapses };
}

/** Today's calendar date in UTC, the zone the event dates are formatted in. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10) as IsoDate;
}
