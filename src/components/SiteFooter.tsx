import { Link } from '@tanstack/react-router';
import { source } from '../data/event';

/** The source credit that KOGL Type 1 asks for, once, on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Source: {source.publisher}, {source.kind.toLowerCase()}{' '}
          <a href={source.url} rel="noopener noreferrer">
            “{source.title}”
          </a>
          , used under the {source.licence} (source indication). <Link to="/data">Open data</Link>
        </p>
      </div>
    </footer>
  );
}
