import type { ReactNode } from 'react';
import type { EventDay } from '../data/types';
import { downloadText } from '../lib/downloadText';

interface AddToCalendarButtonProps {
  days: readonly EventDay[];
  children: ReactNode;
}

/** Downloads an .ics file with one all-day entry per day. */
export function AddToCalendarButton({ days, children }: AddToCalendarButtonProps) {
  async function download() {
    const { ICALENDAR_TYPE, calendarFilename, toICalendar } = await import('../lib/icalendar');
    const origin = window.location.origin;
    const text = toICalendar(days, { now: new Date(), dayUrl: (day) => `${origin}/agenda/${day.id}` });
    downloadText(calendarFilename(days), text, ICALENDAR_TYPE);
  }
  return (
    <button type="button" className="button-download" onClick={download}>
      {children}
    </button>
  );
}
