import { HeadContent, Outlet, createRootRouteWithContext, redirect } from '@tanstack/react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { RootError } from '../components/RootError';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useFocusHeadingOnNavigate } from '../components/useFocusHeadingOnNavigate';
import type { Locale } from '../i18n/locales';
import { canonicalPathname } from '../lib/canonicalPathname';
import { loadMessages, useMessages } from '../i18n/catalogue';

export interface RouterContext {
  /** The page's language, fixed for the router's life (src/router.tsx). */
  locale: Locale;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  // A slip such as /AGENDA/2023-03-22/index.html names a page: send it to the page's one
  // address, in place of the slip. The prerenderer writes the common slips a redirect page too.
  beforeLoad: async ({ location: { pathname, search, hash }, context }) => {
    const canonical = canonicalPathname(pathname);
    if (canonical !== pathname) throw redirect({ to: canonical, search, hash, replace: true });
    // What every page says around its content; each route loads its own namespaces.
    await loadMessages(context.locale, 'shell');
  },
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RootError,
});

function RootLayout() {
  useFocusHeadingOnNavigate();
  const t = useMessages('shell');
  return (
    <>
      <HeadContent />
      <a className="skip-link" href="#content">
        {t.skipLink}
      </a>
      <SiteHeader />
      <main id="content" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
