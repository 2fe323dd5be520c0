import { screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderRoute } from '../renderRoute';

afterEach(() => {
  vi.restoreAllMocks();
});

test('with storage blocked, the / shortcut can still be turned off, for as long as the page lives', async () => {
  // As in a browser that blocks site data: reading window.localStorage throws.
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  const { user } = renderRoute('/search');
  const setting = await screen.findByRole('checkbox', { name: /press \/ on any page/ });
  await user.click(setting);
  expect(setting).not.toBeChecked();

  const nav = screen.getByRole('navigation', { name: /main/i });
  await user.click(within(nav).getByRole('link', { name: 'Contacts' }));
  await screen.findByRole('heading', { level: 1, name: 'Contacts' });
  await user.keyboard('/');
  expect(within(screen.getByRole('banner')).getByRole('searchbox')).not.toHaveFocus();
});
