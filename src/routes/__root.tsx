import { HeadContent, Outlet, createRootRoute, redirect } from '@tanstack/react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { RootError } from '../components/RootError';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useFocusHeadingOnNavigate } from '../components/useFocusHeadingOnNavigate';
import { canonicalPathname } from '../lib/canonicalPathname';

export const Route = createRootRoute({
  // A slip such as /AGENDA/2023-03-22/index.html names a page: send it to the page's one
  // address, in place of the slip. The prerenderer writes the common slips a redirect page too.
  beforeLoad: ({ location: { pathname, search, hash } }) => {
    const canonical = canonicalPathname(pathname);
    if (canonical !== pathname) throw redirect({ to: canonical, search, hash, replace: true });
  },
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RootError,
});

function RootLayout() {
  useFocusHeadingOnNavigate();
  return (
    <>
      <HeadContent />
      <a className="skip-link" href="#content">
        Skip to main content
      </a>
      <SiteHeader />
      <main id="content" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
