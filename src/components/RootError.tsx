import { Link, useRouter } from '@tanstack/react-router';
import { event } from '../data/event';
import { loadedMessagesOf, useLocale } from '../i18n/catalogue';

// Used when the failure was loading the page's own words: the one place
// the site's words are not in a catalogue, in both languages at once.
const unloaded = {
  heading: 'Something went wrong · 문제가 생겼습니다',
  site: '',
  retry: 'Try again · 다시 시도',
  home: 'Overview · 개요',
};

/**
 * Shown when the layout itself fails, so it uses none of the shared header
 * or footer (one of them may be what failed), and its home link loads the
 * app afresh.
 */
export function RootError() {
  const router = useRouter();
  const locale = useLocale();
  const t = loadedMessagesOf(locale, 'shell')?.error ?? unloaded;
  return (
    <>
      <title>{`${t.heading} · ${event.name}`}</title>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" reloadDocument className="site-header__name">
            {event.name}
          </Link>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        <div className="page page--narrow">
          <h1>{t.heading}</h1>
          {t.site && <p>{t.site}</p>}
          <div className="error-actions">
            <button type="button" onClick={() => void router.invalidate()}>
              {t.retry}
            </button>
            <Link to="/" reloadDocument>
              {t.home}
            </Link>
          </div>
        </div>
      </main>
    </>
  );
}
