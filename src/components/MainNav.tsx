import { Link } from '@tanstack/react-router';
import { useMessages } from '../i18n/catalogue';

/** The site's sections. Plain links, so they work before the app has loaded and without it. */
export function MainNav({ id }: { id: string }) {
  const t = useMessages('shell');
  return (
    <nav id={id} aria-label={t.mainNav} className="site-nav">
      <ul>
        <li>
          <Link to="/" activeOptions={{ exact: true }}>
            {t.nav.overview}
          </Link>
        </li>
        <li>
          <Link to="/agenda">{t.nav.agenda}</Link>
        </li>
        <li>
          <Link to="/people">{t.nav.people}</Link>
        </li>
        <li>
          <Link to="/mou">{t.nav.mou}</Link>
        </li>
        <li>
          <Link to="/contacts">{t.nav.contacts}</Link>
        </li>
        <li>
          <Link to="/agencies">{t.nav.agencies}</Link>
        </li>
      </ul>
    </nav>
  );
}
