import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { loadMessages } from '../i18n/catalogue';
import { CopyLink } from './CopyLink';

const url = 'https://example.org/agenda/2023-03-22';

beforeAll(() => loadMessages('en', 'shell'));

afterEach(() => {
  vi.unstubAllGlobals();
});

test('copies the URL and says so politely', async () => {
  const user = userEvent.setup();
  render(<CopyLink url={url} label="Day 2" />);
  await user.click(screen.getByRole('button', { name: 'Copy link to Day 2' }));
  expect(await navigator.clipboard.readText()).toBe(url);
  // Seen: "Link copied"; heard, from the polite live region: "Link to Day 2 copied".
  expect(screen.getByText('Link copied')).toBeVisible();
  const status = screen.getByText('Link to Day 2 copied');
  expect(status.closest('[aria-live="polite"]')).not.toBeNull();
});

test('when copying is refused, it selects the URL for copying by hand', async () => {
  const user = userEvent.setup();
  render(<CopyLink url={url} label="Day 2" />);
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
  await user.click(screen.getByRole('button', { name: 'Copy link to Day 2' }));
  const field = await screen.findByRole('textbox', { name: 'Link to Day 2' });
  expect(field).toHaveValue(url);
  expect(field).toHaveFocus();
  expect(field).toHaveProperty('selectionStart', 0);
  expect(field).toHaveProperty('selectionEnd', url.length);
  expect(screen.getByText(/blocked copying/)).toHaveTextContent(
    'Your browser blocked copying, so the link to Day 2 is selected below for you to copy.',
  );
});

test('offers Share only where the device can share', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<CopyLink url={url} label="Day 2" />);
  expect(screen.queryByRole('button', { name: /Share/ })).not.toBeInTheDocument();
  unmount();

  const share = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { share }));
  render(<CopyLink url={url} label="Day 2" />);
  await user.click(screen.getByRole('button', { name: 'Share link to Day 2' }));
  expect(share).toHaveBeenCalledWith(expect.objectContaining({ url }));
});
