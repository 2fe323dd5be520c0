import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * After a route change, moves focus to the new page's main heading so that
 * keyboard and screen-reader users start at the top of what changed. Changes
 * to the search or hash alone (filtering, in-page links) leave focus alone,
 * and so does a link to a #fragment on the new page: the page focuses it.
 */
export function useFocusHeadingOnNavigate() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (!event.pathChanged || event.fromLocation === undefined) return;
        const { hash } = event.toLocation;
        if (hash && document.getElementById(hash)) return;
        // A static host's redirect to `/contacts/` is the same page as `/contacts`.
        if (withoutTrailingSlash(event.fromLocation.pathname) === withoutTrailingSlash(event.toLocation.pathname))
          return;
        const heading = document.querySelector<HTMLElement>('#content h1');
        (heading ?? document.getElementById('content'))?.focus();
      }),
    [router],
  );
}

function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
}
