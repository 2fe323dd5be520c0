import { Link, useRouter } from '@tanstack/react-router';
import { event } from '../data/event';
import { pageTitle } from '../lib/pageTitle';

const HEADING = 'Something went wrong';

/**
 * Shown when the layout itself fails, so it uses none of the shared header
 * or footer (one of them may be what failed), and its home link loads the
 * app afresh.
 */
export function RootError() {
  const router = useRouter();
  return (
    <>
      <title>{pageTitle(HEADING)}</title>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" reloadDocument className="site-header__name">
            {event.name}
          </Link>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        <div className="page page--narrow">
          <h1>{HEADING}</h1>
          <p>The site could not be shown. The link is fine: trying again usually helps.</p>
          <div className="error-actions">
            <button type="button" onClick={() => void router.invalidate()}>
              Try again
            </button>
            <Link to="/" reloadDocument>
              Go to the overview
            </Link>
          </div>
        </div>
      </main>
    </>
  );
}
