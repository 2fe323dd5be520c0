import { createMemoryHistory } from '@tanstack/react-router';
import { days } from './data/agenda';
import { agencies } from './data/organisations';
import { people } from './data/people';
import type { FileRouteTypes } from './routeTree.gen';
import { localeOfPath, locales, localizedPath, withoutLocale } from './i18n/locales';
import { createAppRouter } from './router';

type RoutePath = FileRouteTypes['to'];
type PathWithParams = Extract<RoutePath, `${string}$${string}`>;

/**
 * The pages of each route that has a path parameter, from the data. A new
 * route with a parameter fails the type check until it is listed here.
 */
const pagesOf: Record<PathWithParams, () => string[]> = {
  '/agenda/$day': () => days.map((day) => `/agenda/${day.id}`),
  '/agencies/$agency': () => agencies.map((agency) => `/agencies/${agency.id}`),
  '/people/$person': () => people.map((person) => `/people/${person.slug}`),
};

/**
 * Every app path to prerender, in route-tree order: each route without
 * parameters as it is, and each route with parameters once per data entry.
 */
export function prerenderRoutes(): string[] {
  const router = createAppRouter(createMemoryHistory(), { isServer: true, scrollRestoration: false });
  const paths = Object.keys(router.routesByPath).flatMap((path) => {
    if (!path.includes('$')) return [path];
    const pages = pagesOf[path as PathWithParams] as (() => string[]) | undefined;
    if (!pages) throw new Error(`Route ${path} has a path parameter: list its pages in src/prerenderRoutes.ts`);
    return pages();
  });
  // Every page in each language: "/mou" and "/ko/mou".
  return locales.flatMap((locale) => paths.map((path) => localizedPath(path, locale)));
}

/**
 * The views a page's HTML is also served for: a static host answers
 * /contacts?agency=kisa with /contacts/index.html, and the app draws the
 * filtered view over it afresh. Each agency's page links to its filter.
 */
const viewsServedBy: Partial<Record<RoutePath, () => string[]>> = {
  '/contacts': () => agencies.map((agency) => `/contacts?agency=${agency.id}`),
};

/** "/ko/contacts" → ["/ko/contacts?agency=msit", …]: the views served by a prerendered page's HTML, in its language. */
export function viewsServedByPage(appPath: string): string[] {
  const views = viewsServedBy[withoutLocale(appPath) as RoutePath]?.() ?? [];
  return views.map((view) => localizedPath(view, localeOfPath(appPath)));
}
