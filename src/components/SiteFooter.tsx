import { Link } from '@tanstack/react-router';
import { source } from '../data/event';
import { useMessages } from '../i18n/catalogue';

/** The source credit that KOGL Type 1 asks for, once, on every page. */
export function SiteFooter() {
  const t = useMessages('shell').footer;
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          {t.credit(source)}{' '}
          <a href={source.url} rel="noopener noreferrer" lang="en">
            “{source.title}”
          </a>
          , {t.licenceUse(source)} <Link to="/data">{t.openData}</Link>
        </p>
        {t.translation && <p>{t.translation}</p>}
      </div>
    </footer>
  );
}
