import { createRouter } from '@tanstack/react-router';
import type { RouterHistory } from '@tanstack/react-router';
import { NotFound } from './components/NotFound';
import { RouteError } from './components/RouteError';
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
    defaultNotFoundComponent: () => <NotFound />,
    // Every route gets its own error boundary inside the layout.
    defaultErrorComponent: RouteError,
    // An unknown path always gets the site's not-found page. The default,
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
