import { lazyRouteComponent } from '@tanstack/react-router';

const LazyNotFound = lazyRouteComponent(() => import('./NotFound'), 'NotFound');

/**
 * The site's not-found page, loaded only when an address needs it, so it is
 * off every other page's first load. As the root route's notFoundComponent it
 * has a `preload`, which the router awaits before it renders the page (on the
 * server too), so it never suspends. Should its load fail, the root's error page takes over.
 */
export function NotFoundPage() {
  return <LazyNotFound />;
}
NotFoundPage.preload = LazyNotFound.preload;
