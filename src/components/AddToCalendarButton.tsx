import type { ReactNode } from 'react';
import type { EventDay } from '../data/types';
import { absoluteUrl } from '../lib/absoluteUrl';
import { downloadText } from '../lib/downloadText';
import { useNeedsApp } from './needsApp';

interface AddToCalendarButtonProps {
  days: readonly EventDay[];
  children: ReactNode;
}

/** Downloads an .ics file with one all-day entry per day. */
export function AddToCalendarButton({ days, children }: AddToCalendarButtonProps) {
  // The file is built by the app: in the prerendered page the button is off.
  const needsApp = useNeedsApp();
  async function download() {
    const { ICALENDAR_TYPE, calendarFilename, toICalendar } = await import('../lib/icalendar');
    const text = toICalendar(days, { now: new Date(), dayUrl: (day) => absoluteUrl(`/agenda/${day.id}`) });
    downloadText(calendarFilename(days), text, ICALENDAR_TYPE);
  }
  return (
    <button type="button" className="button-secondary" onClick={download} {...needsApp}>
      {children}
    </button>
  );
}
