import { createMemoryHistory } from '@tanstack/react-router';
import { expect, test } from 'vitest';
import { days } from '../../src/data/agenda';
import { agencies } from '../../src/data/organisations';
import { canonicalPathname } from '../../src/lib/canonicalPathname';
import { createAppRouter } from '../../src/router';
import { anyTypedUrl } from './arbitraries';
import { PROPERTY_TIMEOUT_MS, assertProperty, describeUrlParser } from './urlProperties';

// The whole router, as the browser drives it: every URL it parses goes
// through path matching, param decoding and each route's validateSearch.
const router = createAppRouter(createMemoryHistory());
const pagePaths = [
  '/',
  '/agenda',
  ...days.map((day) => `/agenda/${day.id}`),
  '/mou',
  '/contacts',
  '/agencies',
  ...agencies.map((agency) => `/agencies/${agency.id}`),
  '/search',
];
const knownRoutes = new Set(Object.keys(router.routesById));

interface Resolved {
  href: string;
  routeIds: string[];
  params: Record<string, string>;
  search: unknown;
  problems: string[];
}

function resolve(href: string): Resolved {
  const location = router.parseLocation(createMemoryHistory({ initialEntries: [href] }).location);
  const matches = router.matchRoutes(location);
  const leaf = matches.at(-1);
  const problems = matches.flatMap((match) =>
    [
      match.searchError && `${match.routeId}: search error`,
      match.paramsError && `${match.routeId}: params error`,
    ].filter((problem): problem is string => Boolean(problem)),
  );
  if (!leaf || !knownRoutes.has(leaf.routeId)) problems.push(`no page for ${href}`);
  return {
    href: location.href,
    routeIds: matches.map((match) => match.routeId),
    params: leaf?.params ?? {},
    // What the routes' validateSearch made of it: the search the page reads.
    // Keys no route reads are carried along as typed and play no part.
    search: leaf?._strictSearch,
    problems,
  };
}

const anyUrl = anyTypedUrl(
  pagePaths,
  ['agency', 'q'],
  days.flatMap((day) => day.items.map((item) => item.slug)),
);

describeUrlParser<string, Resolved>({
  name: 'any URL typed into the address bar (the whole router)',
  input: anyUrl,
  parse: resolve,
  problems: (resolved) => resolved.problems,
  serialize: (resolved) => resolved.href,
  carried: ({ routeIds, params, search }) => ({ routeIds, params, search }),
});

test(
  'the root route sends a slip to an address that is canonical in turn, so it never redirects in circles',
  () => {
    const pathnameOf = (href: string) =>
      router.parseLocation(createMemoryHistory({ initialEntries: [href] }).location).pathname;
    assertProperty(anyUrl, (href) => {
      const landed = pathnameOf(router.buildLocation({ to: canonicalPathname(pathnameOf(href)) }).href);
      expect(canonicalPathname(landed)).toBe(landed);
    });
  },
  PROPERTY_TIMEOUT_MS,
);
