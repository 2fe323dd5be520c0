import type { IsoDate, Mou } from '../../data/types';
import { addYears } from '../../lib/dates';

/**
 * What is known of the MoU today. The release gives a three-year term and
 * says nothing of renewal, so after the term the status says the term ran
 * out, not that the MoU expired.
 */
export type MouStatus = { state: 'in-effect'; until: IsoDate } | { state: 'term-ended'; ended: IsoDate };

/**
 * "Effective for three years from the date of signing": signed 21 March 2023,
 * its term runs to the third anniversary, 21 March 2026.
 */
export function mouStatus(agreement: Pick<Mou, 'signed' | 'termYears'>, today: IsoDate): MouStatus {
  const termEnd = addYears(agreement.signed, agreement.termYears);
  return today < termEnd ? { state: 'in-effect', until: termEnd } : { state: 'term-ended', ended: termEnd };
}

/** Today's calendar date in UTC, the zone the event dates are formatted in. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10) as IsoDate;
}
