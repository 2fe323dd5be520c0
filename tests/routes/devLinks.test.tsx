import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderRoute } from '../renderRoute';

// Tests run like the dev server: on a host and port no build knows of.
test('in dev, Copy link copies the page’s own address, on whatever port it runs', async () => {
  const { user } = renderRoute('/agenda/2023-03-22');
  await user.click(await screen.findByRole('button', { name: 'Copy link to Day 2' }));
  expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/agenda/2023-03-22`);
  expect(window.location.origin).not.toBe('http://127.0.0.1:4173');
});
