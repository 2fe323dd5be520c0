import { createBrowserHistory, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import type { LocationRewrite, RouterHistory } from '@tanstack/react-router';
import { localeOfPath, localizedPath, withoutLocale } from './i18n/locales';
import type { Locale } from './i18n/locales';
import { stringifyReadableSearch } from './lib/readableSearch';
import { routeTree } from './routeTree.gen';

interface AppRouterOptions {
  /** Renders as on a server, for prerendering: TanStack infers it when not told. */
  isServer?: boolean;
  /** Off when prerendering: on a server it would emit an inline script. */
  scrollRestoration?: boolean;
}

/**
 * A router for one page load, in the language of the address it starts at:
 * Korean pages live under /ko/ and share English's routes, the prefix taken
 * off on the way in and put back on every link on the way out. Changing
 * language loads the other page afresh (LanguageSwitch), with its catalogue.
 */
export function createAppRouter(
  history: RouterHistory = createBrowserHistory(),
  { isServer, scrollRestoration = true }: AppRouterOptions = {},
) {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const pathname = history.location.pathname;
  const locale = localeOfPath(pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
  return createRouter({
    routeTree,
    history,
    isServer,
    context: { locale },
    rewrite: locale === 'en' ? undefined : localeRewrite(locale),
    // In step with Vite's `base` (BASE_PATH), so the site works under a sub-path.
    basepath: import.meta.env.BASE_URL,
    stringifySearch: stringifyReadableSearch,
    defaultPreload: 'intent',
    // Every route gets its own error boundary inside the layout. Its page loads
    // only when needed, off the first load; should that load fail too, the
    // root's error page (in the first load) takes over.
    defaultErrorComponent: lazyRouteComponent(() => import('./components/RouteError'), 'RouteError'),
    // An unknown path always gets the site's not-found page (the root route's). The default,
    // 'fuzzy', hands /agenda/2023-03-22/extra to the day route, which has no
    // outlet to show it in, so the day would render at an address that does not exist.
    notFoundMode: 'root',
    scrollRestoration: scrollRestoration && exceptOnTheFirstPage(),
  });
}

/**
 * TanStack's scroll restoration for the app's own navigations, but not for the page the browser
 * loaded: its scroll is the browser's (the top, its #item, where a reload left it) or the reader's,
 * who may have scrolled on while the app started. Restoring it then jumped them back to the top.
 */
function exceptOnTheFirstPage(): () => boolean {
  let firstPage = true;
  return () => {
    const restore = !firstPage;
    firstPage = false;
    return restore;
  };
}

function localeRewrite(locale: Locale): LocationRewrite {
  return {
    input: ({ url }) => {
      url.pathname = withoutLocale(url.pathname);
      return url;
    },
    output: ({ url }) => {
      url.pathname = localizedPath(url.pathname, locale);
      return url;
    },
  };
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
