// @vitest-environment node
import { expect, test } from 'vitest';
import { days } from '../src/data/agenda';
import { contacts } from '../src/data/contacts';
import { agencies } from '../src/data/organisations';
import { people } from '../src/data/people';
import { renderPage } from '../src/entry-server';
import { prerenderRoutes } from '../src/prerenderRoutes';

test('every route is prerendered, each day from the data', () => {
  const routes = prerenderRoutes();
  expect(routes).toEqual(
    expect.arrayContaining(['/', '/mou', '/contacts', '/agenda', '/agencies', '/search', '/data']),
  );
  for (const day of days) expect(routes).toContain(`/agenda/${day.id}`);
  for (const agency of agencies) expect(routes).toContain(`/agencies/${agency.id}`);
  expect(routes).toContain('/people');
  expect(people.map((person) => person.slug)).toHaveLength(7);
  for (const person of people) expect(routes).toContain(`/people/${person.slug}`);
  expect(routes.some((route) => route.includes('$'))).toBe(false);
});

test('a day renders with its head tags and content, and no script', async () => {
  const page = await renderPage('/agenda/2023-03-22');
  expect(page.status).toBe(200);
  expect(page.head).toContain('<title>Day 2, 22 March 2023 · Korea Digital Days</title>');
  expect(page.head).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/agenda\/2023-03-22"\/>/);
  expect(page.body).toContain('Enhancing Cyber Security and Resilience');
  expect(page.body).toContain('Copy link');
  expect(`${page.head}${page.body}`).not.toMatch(/<script|style="/);
});

test('the directory renders every contact and an index of its agencies', async () => {
  const page = await renderPage('/contacts');
  for (const contact of contacts) expect(page.body).toContain(`id="${contact.id}"`);
  for (const agency of ['msit', 'nipa', 'k-data', 'kisa', 'nia']) {
    expect(page.body).toContain(`href="#${agency}"`);
    expect(page.body).toContain(`id="${agency}"`);
  }
});

test('/agenda redirects to the first day, and unknown paths are not found', async () => {
  expect(await renderPage('/agenda')).toMatchObject({ status: 301, redirect: '/agenda/2023-03-21' });
  const missing = await renderPage('/no-such-page');
  expect(missing.status).toBe(404);
  expect(missing.head).toContain('<title>Page not found · Korea Digital Days</title>');
  expect(missing.body).toContain('Where to go instead');
});

test('every page is prerendered in Korean too, under /ko/, with the same slugs', () => {
  const routes = prerenderRoutes();
  const english = routes.filter((route) => !route.startsWith('/ko'));
  expect(routes.filter((route) => route.startsWith('/ko'))).toEqual(
    english.map((route) => `/ko${route === '/' ? '/' : route}`),
  );
});

test('a page names its language, its twin in the other, and the catalogues its words come from', async () => {
  const korean = await renderPage('/ko/agencies/kisa');
  expect(korean.status).toBe(200);
  expect(korean.lang).toBe('ko');
  expect(korean.head).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/ko\/agencies\/kisa"\/>/);
  expect(korean.head).toMatch(/<link rel="alternate" hrefLang="en" href="https?:\/\/[^"]+\/agencies\/kisa"\/>/);
  expect(korean.head).toMatch(/<link rel="alternate" hrefLang="ko" href="https?:\/\/[^"]+\/ko\/agencies\/kisa"\/>/);
  expect(korean.head).toMatch(/<link rel="alternate" hrefLang="x-default" href="https?:\/\/[^"]+\/agencies\/kisa"\/>/);
  expect(korean.head).toContain('<meta property="og:locale" content="ko_KR"/>');
  expect(korean.head).toContain('<meta property="og:locale:alternate" content="en_GB"/>');
  expect(korean.catalogues).toContain('src/i18n/ko/shell.ts');
  expect(korean.catalogues.every((module) => module.startsWith('src/i18n/ko/'))).toBe(true);

  const english = await renderPage('/agencies/kisa');
  expect(english.lang).toBe('en');
  expect(english.head).toContain('<meta property="og:locale" content="en_GB"/>');
  expect(english.catalogues.every((module) => module.startsWith('src/i18n/en/'))).toBe(true);
});

test('links on a Korean page stay in Korean', async () => {
  const page = await renderPage('/ko/mou');
  expect(page.body).toMatch(/href="\/ko\/contacts"/);
  expect(page.body).toMatch(/href="\/mou" lang="en" hrefLang="en"|hrefLang="en"[^>]*href="\/mou"/);
  expect(page.body).not.toMatch(/href="\/contacts"/);
});
