import { Link } from '@tanstack/react-router';
import { ItemHeading } from '../../components/ItemHeading';
import { days } from '../../data/agenda';
import type { EventDay } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';

/**
 * Without JavaScript, a link to another day's item (/agenda/2023-03-21#enhancing-cyber-security-and-resilience)
 * cannot be sent on, as the #fragment never reaches the server. So each such item has a pointer
 * here under its slug, hidden unless the link targets it (:target in the stylesheet).
 */
export function OtherDaysItemPointers({ day }: { day: EventDay }) {
  const t = useMessages('agenda');
  const locale = useLocale();
  return days
    .filter((other) => other.id !== day.id)
    .flatMap((other) =>
      other.items.map((item) => (
        <p key={item.slug} id={item.slug} className="notice item-pointer" hidden>
          <ItemHeading item={item} />
          {t.itemIsOn(dayLabel(other, locale))}
          <Link to="/agenda/$day" params={{ day: other.id }} hash={item.slug}>
            {t.seeItIn(dayLabel(other, locale))}
          </Link>
        </p>
      )),
    );
}
