import { Link, useRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { pageTitle } from '../lib/pageTitle';

const HEADING = 'Something went wrong';

/**
 * Shown in place of a page that failed to load or render. It sits inside the
 * layout, so the header and footer keep working around it.
 */
export function RouteError() {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);

  // The failed page may have held focus; start the user at the message instead.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="page page--narrow">
      <title>{pageTitle(HEADING)}</title>
      <h1 ref={heading} tabIndex={-1}>
        {HEADING}
      </h1>
      <p>This page could not be shown. The link is fine: trying again usually helps.</p>
      <div className="error-actions">
        {/* Reloads the page's data and re-renders it; the error boundary resets with it. */}
        <button type="button" onClick={() => void router.invalidate()}>
          Try again
        </button>
        <Link to="/">Go to the overview</Link>
      </div>
    </div>
  );
}
