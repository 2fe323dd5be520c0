import { days } from '../data/agenda';
import type { EventDay } from '../data/types';
import type { Locale } from './locales';

/** "Day 2"; "2일 차": a day's place in the programme, counted from the data. */
export function dayLabel(day: Pick<EventDay, 'id'>, locale: Locale): string {
  const number = days.findIndex((each) => each.id === day.id) + 1;
  return locale === 'ko' ? `${number}일 차` : `Day ${number}`;
}
