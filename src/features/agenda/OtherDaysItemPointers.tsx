import { Link } from '@tanstack/react-router';
import { days } from '../../data/agenda';
import { itemHeading } from '../../data/itemHeading';
import type { EventDay } from '../../data/types';

/**
 * Without JavaScript, a link to another day's item (/agenda/2023-03-21#enhancing-cyber-security-and-resilience)
 * cannot be sent on, as the #fragment never reaches the server. So each such item has a pointer
 * here under its slug, hidden unless the link targets it (:target in the stylesheet).
 */
export function OtherDaysItemPointers({ day }: { day: EventDay }) {
  return days
    .filter((other) => other.id !== day.id)
    .flatMap((other) =>
      other.items.map((item) => (
        <p key={item.slug} id={item.slug} className="notice item-pointer" hidden>
          {itemHeading(item)} is on {other.label}:{' '}
          <Link to="/agenda/$day" params={{ day: other.id }} hash={item.slug}>
            see it in {other.label}’s programme
          </Link>
        </p>
      )),
    );
}
