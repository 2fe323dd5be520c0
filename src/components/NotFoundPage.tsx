import { lazyRouteComponent } from '@tanstack/react-router';

/**
 * The site's not-found page, loaded only when an address needs it, so it is
 * off every other page's first load. Until it arrives, a prerendered 404 page
 * stays as it is: React keeps the server's HTML while a hydration or a
 * transition waits. Should its load fail, the root's error page takes over.
 */
export const NotFoundPage = lazyRouteComponent(() => import('./NotFound'), 'NotFound');
