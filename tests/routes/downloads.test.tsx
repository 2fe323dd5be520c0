import ICAL from 'ical.js';
import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { absoluteUrl } from '../../src/lib/absoluteUrl';
import { captureDownloads } from '../captureDownloads';
import { renderRoute } from '../renderRoute';

const fullNames = (vcf: string) =>
  vcf
    .split('\r\n')
    .filter((line) => line.startsWith('FN:'))
    .map((line) => line.slice(3));

test('each contact card downloads that contact’s vCard', async () => {
  const downloads = captureDownloads();
  const { user } = renderRoute('/contacts');
  await user.click(await screen.findByRole('button', { name: 'Download contact: Song Hye-in' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  const [download] = downloads;
  expect(download?.filename).toBe('song-hye-in.vcf');
  expect(download?.type).toBe('text/vcard;charset=utf-8');
  const card = new ICAL.Component(ICAL.parse((await download?.text()) ?? ''));
  expect(card.getFirstPropertyValue('fn')).toBe('Song Hye-in');
  expect(card.getFirstPropertyValue('tel')).toBe('tel:+82-61-820-1835');
});

test('the directory downloads exactly the contacts its filters show', async () => {
  const downloads = captureDownloads();
  const { user } = renderRoute('/contacts?agency=kisa,nia');
  await user.click(await screen.findByRole('button', { name: 'Download 4 contacts shown' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.filename).toBe('korea-digital-days-contacts-kisa-nia.vcf');
  expect(fullNames((await downloads[0]?.text()) ?? '')).toEqual([
    'Song Hye-in',
    'Lim Minjee',
    'Yang Hyunsoo',
    'Oh Daehoon',
  ]);
});

test('the whole directory downloads all ten; one match leaves only the card’s own button', async () => {
  const downloads = captureDownloads();
  const { user, unmount } = renderRoute('/contacts');
  await user.click(await screen.findByRole('button', { name: 'Download 10 contacts shown' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.filename).toBe('korea-digital-days-contacts.vcf');
  expect(fullNames((await downloads[0]?.text()) ?? '')).toHaveLength(10);
  unmount();

  renderRoute('/contacts?q=hyein');
  await screen.findByRole('button', { name: 'Download contact: Song Hye-in' });
  expect(screen.queryByRole('button', { name: /^Download \d+ contacts/ })).not.toBeInTheDocument();
});

test('a searched directory’s file names the search', async () => {
  const downloads = captureDownloads();
  const { user } = renderRoute('/contacts?q=Korea+Internet');
  await user.click(await screen.findByRole('button', { name: 'Download 2 contacts shown' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.filename).toBe('korea-digital-days-contacts-korea-internet.vcf');
});

test('an agency page downloads both of its contacts', async () => {
  const downloads = captureDownloads();
  const { user } = renderRoute('/agencies/kisa');
  const contacts = await screen.findByRole('region', { name: 'Contacts' });
  await user.click(within(contacts).getByRole('button', { name: 'Download 2 contacts at KISA' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.filename).toBe('korea-digital-days-contacts-kisa.vcf');
  expect(fullNames((await downloads[0]?.text()) ?? '')).toEqual(['Song Hye-in', 'Lim Minjee']);
});

test('the overview adds the whole event to a calendar: three all-day entries', async () => {
  const downloads = captureDownloads();
  const { user } = renderRoute('/');
  await user.click(await screen.findByRole('button', { name: 'Add the event to your calendar (.ics file)' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.filename).toBe('korea-digital-days.ics');
  expect(downloads[0]?.type).toBe('text/calendar;charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse((await downloads[0]?.text()) ?? ''));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((entry) => entry.startDate.toString())).toEqual(['2023-03-21', '2023-03-22', '2023-03-23']);
  // Globally unique (RFC 5545): the site's host, here the page's own, as in dev.
  expect(events.map((entry) => entry.uid)).toEqual([
    `korea-digital-days-2023-03-21@${window.location.hostname}`,
    `korea-digital-days-2023-03-22@${window.location.hostname}`,
    `korea-digital-days-2023-03-23@${window.location.hostname}`,
  ]);
  // The day's canonical address, as link previews and Copy link give it (SITE_URL and BASE_PATH).
  expect(events[0]?.component.getFirstPropertyValue('url')).toBe(absoluteUrl('/agenda/2023-03-21'));
});

test('a day page adds that day alone', async () => {
  const downloads = captureDownloads();
  const { user } = renderRoute('/agenda/2023-03-22');
  await user.click(await screen.findByRole('button', { name: 'Add Day 2 to your calendar (.ics file)' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.filename).toBe('korea-digital-days-2023-03-22.ics');
  const calendar = new ICAL.Component(ICAL.parse((await downloads[0]?.text()) ?? ''));
  const [entry, ...rest] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(rest).toEqual([]);
  expect(entry?.startDate.toString()).toBe('2023-03-22');
  expect(entry?.description).toContain('“Enhancing Cyber Security and Resilience”');
});
