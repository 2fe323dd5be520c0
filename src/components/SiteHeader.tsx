import { Link, useLocation } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { event } from '../data/event';
import { HeaderToggle } from './HeaderToggle';
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
        <Link to="/" className="site-header__name">
          {event.name}
        </Link>
        <div className="site-header__toggles">
          <HeaderToggle
            ref={(button) => void (toggles.current.search = button)}
            icon="search"
            label="Search"
            labelHidden
            controls="site-search"
            expanded={open === 'search'}
            onToggle={() => toggle('search')}
          />
          <HeaderToggle
            ref={(button) => void (toggles.current.menu = button)}
            icon="menu"
            label="Menu"
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
