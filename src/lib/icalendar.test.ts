import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { days } from '../data/agenda';
import type { EventDay } from '../data/types';
import { calendarFilename, toICalendar } from './icalendar';

const now = new Date('2026-05-01T08:30:15.123Z');
const [day1, day2, day3] = days as [EventDay, EventDay, EventDay];

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('iCalendar export', () => {
  test('one all-day event per day, on the event’s dates', () => {
    const { calendar, events } = parseEvents(toICalendar(days, { now }));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Korea Digital Days explorer//EN');
    // Published events to add, not invitations to answer (RFC 5546), in the Gregorian calendar.
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(events.map((entry) => entry.startDate.toString())).toEqual(['2023-03-21', '2023-03-22', '2023-03-23']);
    expect(events.map((entry) => entry.endDate.toString())).toEqual(['2023-03-22', '2023-03-23', '2023-03-24']);
    for (const entry of events) {
      expect(entry.startDate.isDate).toBe(true);
      expect(entry.duration.toSeconds()).toBe(24 * 60 * 60);
    }
    expect(events.map((entry) => entry.summary)).toEqual([
      'Korea Digital Days, Day 1',
      'Korea Digital Days, Day 2',
      'Korea Digital Days, Day 3',
    ]);
  });

  test('UIDs are distinct, stable from one download to the next, and carry the site’s host', () => {
    const first = parseEvents(toICalendar(days, { now })).events.map((entry) => entry.uid);
    const later = parseEvents(toICalendar(days, { now: new Date('2030-01-01T00:00:00Z') })).events.map(
      (entry) => entry.uid,
    );
    // Unit tests run in Node with the local build's site, http://127.0.0.1:4173.
    expect(first).toEqual([
      'korea-digital-days-2023-03-21@127.0.0.1',
      'korea-digital-days-2023-03-22@127.0.0.1',
      'korea-digital-days-2023-03-23@127.0.0.1',
    ]);
    expect(later).toEqual(first);
    expect(parseEvents(toICalendar([day2], { now })).events[0]?.uid).toBe('korea-digital-days-2023-03-22@127.0.0.1');
  });

  test('DTSTAMP records when the file was made, in UTC', () => {
    const { events } = parseEvents(toICalendar([day1], { now }));
    const stamp = events[0]?.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2026-05-01T08:30:15Z');
  });

  test('the description gives the day’s programme in order, with no times', () => {
    const { events } = parseEvents(toICalendar([day2], { now }));
    const description = events[0]?.description ?? '';
    expect(description.split('\n')).toEqual([
      'Day 2 of Korea Digital Days, co-hosted by Ministry of Science and ICT and the World Bank.',
      'The press release gives no session times. The programme, in the order it gives:',
      '1. Presentation: “A New Journey to Digital Platform Government” (Hwang Jong Sung, President, National Information Society Agency)',
      '2. Presentation: “Enhancing Cyber Security and Resilience” (Lee Won Tae, President, Korea Internet and Security Agency)',
    ]);
    expect(description).not.toMatch(/\d{1,2}:\d{2}/);
    expect(events[0]?.location).toBeNull();
  });

  test('each kind of item is named, and several speakers are each named with their title and organisation', () => {
    const descriptions = parseEvents(toICalendar([day1, day3], { now })).events.map((entry) => entry.description);
    expect(descriptions.map((description) => description.split('\n').slice(2))).toEqual([
      [
        '1. Remarks: Welcoming remarks (Guangzhe Chen, Vice President for Infrastructure, World Bank; Manuela V. Ferro, Vice President for East Asia and Pacific, World Bank)',
        '2. Signing: Signing of the MoU on digital development cooperation (Ministry of Science and ICT and the World Bank)',
        '3. Presentation: The New York Initiative and Korea’s National Digital Strategy (Ryu Kwang Jun, Deputy Minister, Ministry of Science and ICT)',
        '4. Keynote: “AI for Participation, Solidarity and Prosperity” (Hur Sung-Wook, President, National IT Industry Promotion Agency)',
      ],
      [
        '1. Presentation: “Contributing to Economic and Social Innovation in Korea by Supporting the Growth of the Data Industry and Enhancing the Social Utilization of Data” (Yoon Heajeang, President, Korea Data Agency)',
        '2. Ceremony: Closing ceremony (The World Bank)',
      ],
    ]);
  });

  test('items without a speaker name their organisations', () => {
    const description = parseEvents(toICalendar([day1], { now })).events[0]?.description ?? '';
    expect(description).toContain(
      '2. Signing: Signing of the MoU on digital development cooperation (Ministry of Science and ICT and the World Bank)',
    );
  });

  test('links each day to its page when the address is known', () => {
    const text = toICalendar([day1], { now, dayUrl: (day) => `https://example.test/agenda/${day.id}` });
    expect(parseEvents(text).events[0]?.component.getFirstPropertyValue('url')).toBe(
      'https://example.test/agenda/2023-03-21',
    );
    expect(toICalendar([day1], { now })).not.toContain('URL:');
  });

  test('is CRLF-terminated and folded at 75 octets', () => {
    const text = toICalendar(days, { now });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('names the file after the event or the day', () => {
    expect(calendarFilename(days)).toBe('korea-digital-days.ics');
    expect(calendarFilename([day2])).toBe('korea-digital-days-2023-03-22.ics');
  });
});
