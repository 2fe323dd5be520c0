import { HeadContent, Outlet, createRootRoute } from '@tanstack/react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { RootError } from '../components/RootError';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useFocusHeadingOnNavigate } from '../components/useFocusHeadingOnNavigate';

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: () => <NotFoundPage />,
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
