import { Link } from '@tanstack/react-router';
import { event } from '../data/event';
import { SiteSearch } from './SiteSearch';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__name">
          {event.name}
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <Link to="/" activeOptions={{ exact: true }}>
                Overview
              </Link>
            </li>
            <li>
              <Link to="/agenda">Agenda</Link>
            </li>
            <li>
              <Link to="/mou">MoU</Link>
            </li>
            <li>
              <Link to="/contacts">Contacts</Link>
            </li>
            <li>
              <Link to="/agencies">Agencies</Link>
            </li>
          </ul>
        </nav>
        <SiteSearch />
      </div>
    </header>
  );
}
