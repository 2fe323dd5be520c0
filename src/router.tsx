import { createRouter, lazyRouteComponent } from '@tanstack/react-router';
import type { RouterHistory } from '@tanstack/react-router';
import { stringifyReadableSearch } from './lib/readableSearch';
import { routeTree } from './routeTree.gen';

interface AppRouterOptions {
  /** Renders as on a server, for prerendering: TanStack infers it when not told. */
  isServer?: boolean;
  /** Off when prerendering: on a server it would emit an inline script. */
  scrollRestoration?: boolean;
}

export function createAppRouter(
  history?: RouterHistory,
  { isServer, scrollRestoration = true }: AppRouterOptions = {},
) {
  return createRouter({
    routeTree,
    history,
    isServer,
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
    scrollRestoration,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
