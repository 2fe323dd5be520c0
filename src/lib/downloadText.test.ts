// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { downloadText } from './downloadText';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('offers the text as a file of its name and type from a hidden link, then frees the file', async () => {
  vi.useFakeTimers();
  const files: Blob[] = [];
  const freed: string[] = [];
  URL.createObjectURL = (file: Blob | MediaSource) => {
    files.push(file as Blob);
    return 'blob:http://127.0.0.1/file-1';
  };
  URL.revokeObjectURL = (url: string) => void freed.push(url);
  const clicks: { href: string; download: string; hidden: HTMLElement['hidden']; inDocument: boolean }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, hidden: this.hidden, inDocument: this.isConnected });
  });

  downloadText('korea-digital-days-2023-03-22.ics', 'BEGIN:VCALENDAR\r\n', 'text/calendar;charset=utf-8');

  expect(clicks).toEqual([
    {
      href: 'blob:http://127.0.0.1/file-1',
      download: 'korea-digital-days-2023-03-22.ics',
      hidden: true,
      inDocument: true,
    },
  ]);
  expect(files).toHaveLength(1);
  expect(files[0]?.type).toBe('text/calendar;charset=utf-8');
  expect(await files[0]?.text()).toBe('BEGIN:VCALENDAR\r\n');
  // The link is gone at once; the file stays until the browser has surely read it.
  expect(document.querySelector('a')).toBeNull();
  vi.advanceTimersByTime(29_999);
  expect(freed).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(freed).toEqual(['blob:http://127.0.0.1/file-1']);
});
