import { nginxRedirectURL } from '../../playwright.nginx.config';
import { expect, test } from './fixtures';

// What deploy/nginx.conf does beyond serving files (playwright.nginx.config.ts);
// static-host.spec.ts checks every response's headers against _headers.

test('a trailing slash redirects to the canonical URL, keeping the query', async ({ page, request }) => {
  const response = await request.get('/contacts/?agency=kisa', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/contacts?agency=kisa');
  await page.goto('/contacts/?agency=kisa');
  await expect(page).toHaveURL('/contacts?agency=kisa');
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 10 contacts');
});

test('a clean URL answers with its page at once, and an unknown one with 404.html and 404', async ({ request }) => {
  const day = await request.get('/agenda/2023-03-22', { maxRedirects: 0 });
  expect(day.status()).toBe(200);
  expect(await day.text()).toContain('<title>Day 2, 22 March 2023 · Korea Digital Days</title>');
  const missing = await request.get('/agenda/2099-01-01/', { maxRedirects: 1 });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<title>Page not found · Korea Digital Days</title>');
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('plain HTTP redirects to HTTPS on the same host and path', async ({ request }) => {
  const response = await request.get(`${nginxRedirectURL}/agenda/2023-03-22?x=1`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('https://127.0.0.1/agenda/2023-03-22?x=1');
});
