import { createMemoryHistory } from '@tanstack/react-router';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderPage } from '../src/entry-server';
import { withoutLocale } from '../src/i18n/locales';
import { formatsScript } from '../src/i18n/prerenderedFormats';
import { prerenderRoutes, viewsServedByPage } from '../src/prerenderRoutes';
import { wrapPrerenderedHead } from '../src/prerenderedHead';
import { startApp } from '../src/startApp';

// The development build of React checks hydration closely (attributes too)
// and reports any difference with console.error; the browser tests run the
// production build, which does not. So hydrate every prerendered page here.

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** Puts a page's prerendered head and #root into the document, as scripts/prerender.ts writes them. */
async function mountPrerendered(path: string): Promise<HTMLElement> {
  const page = await renderPage(path, viewsServedByPage(path));
  document.head.innerHTML = wrapPrerenderedHead(page.head);
  const container = document.createElement('div');
  container.id = 'root';
  container.dataset.prerendered = path.replace(/(.)\/$/, '$1');
  container.innerHTML = page.body;
  document.body.append(container);
  document.body.insertAdjacentHTML('beforeend', formatsScript(page.formats));
  return container;
}

/** These `format`s are getters that hand out a bound function, though TypeScript's types call them methods. */
function spyOnFormatGetter(prototype: object) {
  return vi.spyOn(prototype as { readonly format: unknown }, 'format', 'get');
}

// Every page in both languages; /agenda only redirects.
const pages = [...prerenderRoutes().filter((path) => withoutLocale(path) !== '/agenda'), '/404.html'];

/** Watches every Intl formatter's use: a page's first would load ICU's data, so the page brings its formatted text. */
function spyOnFormatting() {
  return [
    spyOnFormatGetter(Intl.DateTimeFormat.prototype),
    vi.spyOn(Intl.DateTimeFormat.prototype, 'formatRange'),
    vi.spyOn(Intl.ListFormat.prototype, 'format'),
    spyOnFormatGetter(Intl.NumberFormat.prototype),
    vi.spyOn(Intl.PluralRules.prototype, 'select'),
  ];
}

test.each(pages)('%s hydrates its prerendered HTML without a warning, or formatting anew', async (path) => {
  const container = await mountPrerendered(path);
  const prerenderedHeading = screen.getByRole('heading', { level: 1 });
  const problems = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  const formatting = spyOnFormatting();

  const root = await act(() => startApp(container, createMemoryHistory({ initialEntries: [path] })));
  await act(async () => {});

  expect(screen.getByRole('heading', { level: 1 })).toBe(prerenderedHeading);
  expect(Object.keys(prerenderedHeading).some((key) => key.startsWith('__reactFiber'))).toBe(true);
  for (const problem of problems) expect(problem).not.toHaveBeenCalled();
  for (const format of formatting) expect(format).not.toHaveBeenCalled();
  expect(document.head.querySelectorAll('title')).toHaveLength(1);
  act(() => root.unmount());
});

test.each([
  ['/contacts', '/contacts?agency=kisa', 'KISA · 2 contacts'],
  ['/ko/contacts', '/ko/contacts?agency=nia', 'NIA · 2명'],
  ['/search', '/search?q=cyber', '5 results for “cyber”'],
  ['/ko/search', '/ko/search?q=사이버', '“사이버” 검색 결과 5건'],
])('%s’s HTML carries the text of the views drawn over it: %s formats nothing anew', async (page, view, summary) => {
  const container = await mountPrerendered(page);
  const formatting = spyOnFormatting();

  const root = await act(() => startApp(container, createMemoryHistory({ initialEntries: [view] })));
  await act(async () => {});

  expect(screen.getByText(summary)).toBeInTheDocument();
  for (const format of formatting) expect(format).not.toHaveBeenCalled();
  act(() => root.unmount());
});

test('a filtered view takes the place of the bare page’s HTML, which is removed only after the next paint', async () => {
  const container = await mountPrerendered('/ko/contacts');
  const prerenderedHeading = screen.getByRole('heading', { level: 1 });

  const root = await act(() =>
    startApp(container, createMemoryHistory({ initialEntries: ['/ko/contacts?agency=kisa'] })),
  );

  // Removing the laid-out page in the commit that draws the view would be most of that task.
  expect(prerenderedHeading).toBeInTheDocument();
  expect(prerenderedHeading).not.toBeVisible();
  expect(screen.getByRole('heading', { level: 1 })).not.toBe(prerenderedHeading);
  expect(screen.getByRole('status')).toHaveTextContent('연락처 10명 중 2명을 표시합니다');
  expect(document.getElementById('root')).toContainElement(screen.getByRole('main'));
  await waitFor(() => expect(prerenderedHeading).not.toBeInTheDocument());
  expect(document.querySelectorAll('main')).toHaveLength(1);
  act(() => root.unmount());
});

test('a filtered view rendered afresh over the bare page’s HTML keeps a title throughout', async () => {
  const container = await mountPrerendered('/search');
  const titles: string[] = [];
  const observer = new MutationObserver(() => titles.push(document.title));
  observer.observe(document.head, { childList: true, subtree: true, characterData: true });

  const root = await act(() => startApp(container, createMemoryHistory({ initialEntries: ['/search?q=zzzzqqq'] })));
  await act(async () => {});
  observer.disconnect();

  expect(titles.length).toBeGreaterThan(0);
  expect(titles.every((title) => title.trim() !== '')).toBe(true);
  expect(document.title).toBe('Search: zzzzqqq · Korea Digital Days');
  expect(document.head.querySelectorAll('title')).toHaveLength(1);
  expect(document.head.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
  act(() => root.unmount());
});

test('the directory’s controls are off in its prerendered HTML and on once the app has hydrated them', async () => {
  const container = await mountPrerendered('/contacts');
  const search = screen.getByRole('searchbox', { name: 'Search contacts' });
  const copy = screen.getByRole('button', { name: 'Copy link to Song Hye-in' });
  const kisa = screen.getByRole('checkbox', { name: /KISA/ });
  for (const control of [search, copy, kisa]) expect(control).toBeDisabled();

  const root = await act(() => startApp(container, createMemoryHistory({ initialEntries: ['/contacts'] })));
  await act(async () => {});

  // The same elements, hydrated, not replaced.
  expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toBe(search);
  for (const control of [search, copy, kisa]) expect(control).toBeEnabled();
  expect(container.querySelector('[data-needs-app]')).toBeNull();
  act(() => root.unmount());
});
