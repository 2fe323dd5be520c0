import { Link, useRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useLocale, useMessages } from '../i18n/catalogue';
import { pageTitle } from '../lib/pageTitle';

/**
 * Shown in place of a page that failed to load or render. It sits inside the
 * layout, so the header and footer keep working around it.
 */
export function RouteError() {
  const router = useRouter();
  const locale = useLocale();
  const t = useMessages('shell').error;
  const heading = useRef<HTMLHeadingElement>(null);

  // The failed page may have held focus; start the user at the message instead.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="page page--narrow">
      <title>{pageTitle(t.heading, locale)}</title>
      <h1 ref={heading} tabIndex={-1}>
        {t.heading}
      </h1>
      <p>{t.page}</p>
      <div className="error-actions">
        {/* Reloads the page's data and re-renders it; the error boundary resets with it. */}
        <button type="button" onClick={() => void router.invalidate()}>
          {t.retry}
        </button>
        <Link to="/">{t.home}</Link>
      </div>
    </div>
  );
}
