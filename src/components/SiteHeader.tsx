import { Link, useLocation } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { event } from '../data/event';
import { useMessages } from '../i18n/catalogue';
import { HeaderToggle } from './HeaderToggle';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { SiteSearch } from './SiteSearch';
import { useCloseOnEscape } from './useCloseOnEscape';

type Panel = 'menu' | 'search';

/**
 * On wide screens, the name, the nav and the search field in one row. On
 * phones, one compact row: the name, a search action and a menu button, each
 * a disclosure that opens its panel below the row. Without JavaScript the
 * panels are simply shown (the `scripting` media query in header.css).
 */
export function SiteHeader() {
  const [open, setOpen] = useState<Panel | null>(null);
  const toggles = useRef<Record<Panel, HTMLButtonElement | null>>({ menu: null, search: null });
  const pathname = useLocation({ select: (location) => location.pathname });
  const t = useMessages('shell');

  // A link followed from the menu closes it: the new page is what was asked for.
  const [lastPathname, setLastPathname] = useState(pathname);
  if (pathname !== lastPathname) {
    setLastPathname(pathname);
    setOpen(null);
  }

  function toggle(panel: Panel) {
    setOpen((current) => (current === panel ? null : panel));
  }

  useCloseOnEscape(open !== null, () => {
    if (open) toggles.current[open]?.focus();
    setOpen(null);
  });

  return (
    <header className="site-header" data-open={open ?? undefined}>
      <div className="site-header__inner">
        <Link to="/" className="site-header__name" lang="en">
          {event.name}
        </Link>
        <LanguageSwitch />
        <div className="site-header__toggles">
          <HeaderToggle
            ref={(button) => void (toggles.current.search = button)}
            icon="search"
            label={t.search}
            labelHidden
            controls="site-search"
            expanded={open === 'search'}
            onToggle={() => toggle('search')}
          />
          <HeaderToggle
            ref={(button) => void (toggles.current.menu = button)}
            icon="menu"
            label={t.menu}
            controls="site-menu"
            expanded={open === 'menu'}
            onToggle={() => toggle('menu')}
          />
        </div>
        <MainNav id="site-menu" />
        <SiteSearch id="site-search" focusField={open === 'search'} onReveal={() => setOpen('search')} />
      </div>
    </header>
  );
}
