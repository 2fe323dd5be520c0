import { Link, useLocation } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import type { EventDay } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import { truncate } from '../../lib/truncate';
import { dayOfItem } from './dayOfItem';
import { slugFromHash } from './slugFromHash';

/** Says so when the link's #fragment names no item of any day, rather than showing the day in silence. */
export function UnknownItemNotice({ day }: { day: EventDay }) {
  const t = useMessages('agenda');
  const locale = useLocale();
  const hash = useLocation({ select: (location) => location.hash });
  // Read from the page itself, so that the skip link's #content is no unknown item. The server
  // never sees the hash, so hydration assumes it names something, then looks.
  const namesSomething = useSyncExternalStore(
    subscribeToNothing,
    () => hash === '' || document.getElementById(hash) !== null || dayOfItem(slugFromHash(hash)) !== undefined,
    () => true,
  );
  if (namesSomething) return null;

  const shown = truncate(hash);
  const words = shown.replaceAll('-', ' ').trim();
  return (
    <div className="notice" role="status">
      <p>{t.unknownItem(shown, dayLabel(day, locale))}</p>
      {words && (
        <p>
          <Link to="/search" search={{ q: words }}>
            {t.searchFor(words)}
          </Link>
        </p>
      )}
    </div>
  );
}

function subscribeToNothing(): () => void {
  return () => {};
}
