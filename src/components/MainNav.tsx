import { Link } from '@tanstack/react-router';

/** The site's sections. Plain links, so they work before the app has loaded and without it. */
export function MainNav({ id }: { id: string }) {
  return (
    <nav id={id} aria-label="Main" className="site-nav">
      <ul>
        <li>
          <Link to="/" activeOptions={{ exact: true }}>
            Overview
          </Link>
        </li>
        <li>
          <Link to="/agenda">Agenda</Link>
        </li>
        <li>
          <Link to="/people">People</Link>
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
  );
}
