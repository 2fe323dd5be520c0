import { expect, test, vi } from 'vitest';
import { contacts } from '../data/contacts';
import { days } from '../data/agenda';
import { calendarFilename, dayUid } from './icalendar';
import { vCardFilename } from './vcard';
import type * as EventModule from '../data/event';

// Another event's data may name it in Hangul only.
vi.mock('../data/event', async (importOriginal) => {
  const real = await importOriginal<typeof EventModule>();
  return { ...real, event: { ...real.event, name: '코리아 디지털 데이즈' } };
});

test('an event named in Hangul keeps its name in file names and calendar UIDs', () => {
  const [day1] = days;
  if (!day1) throw new Error('no days');
  expect(calendarFilename(days)).toBe('코리아-디지털-데이즈.ics');
  expect(calendarFilename([day1])).toBe('코리아-디지털-데이즈-2023-03-21.ics');
  expect(dayUid(day1)).toBe('코리아-디지털-데이즈-2023-03-21@127.0.0.1');
  expect(vCardFilename(contacts, ['kisa'])).toBe('코리아-디지털-데이즈-contacts-kisa.vcf');
});
