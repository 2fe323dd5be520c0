import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppRouter } from '../src/router';

/** Renders the real route tree at a URL, as a user would open it. */
export function renderRoute(url: string) {
  const user = userEvent.setup();
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(history);
  const view = render(<RouterProvider router={router} />);
  return { user, router, history, ...view };
}

/**
 * Renders the route tree once the router has loaded the URL, as the app starts
 * (src/startApp.tsx): loaders see the link exactly as it came, before the
 * router's first render writes its validated search to the address.
 */
export async function renderLoadedRoute(url: string) {
  const user = userEvent.setup();
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(history);
  await router.load();
  const view = render(<RouterProvider router={router} />);
  return { user, router, history, ...view };
}

/** The current URL as the address bar would show it. */
export function currentUrl(router: ReturnType<typeof createAppRouter>): string {
  const { pathname, searchStr, hash } = router.state.location;
  return `${pathname}${searchStr}${hash ? `#${hash}` : ''}`;
}
