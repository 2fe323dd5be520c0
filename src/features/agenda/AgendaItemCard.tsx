import { Link } from '@tanstack/react-router';
import { CopyLink } from '../../components/CopyLink';
import { OrganisationName, OrganisationNames } from '../../components/OrganisationName';
import { PersonLink } from '../../components/PersonLink';
import { itemHeading } from '../../data/itemHeading';
import { getAgency, isAgencyId } from '../../data/organisations';
import type { AgendaItem, AgencyId, DayId } from '../../data/types';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { kindLabel } from '../../lib/kindLabel';
import { summaryOf } from '../../data/itemSummaries';

interface AgendaItemCardProps {
  day: DayId;
  item: AgendaItem;
  position: number;
  highlighted: boolean;
}

export function AgendaItemCard({ day, item, position, highlighted }: AgendaItemCardProps) {
  const headingId = `${item.slug}-heading`;
  const heading = itemHeading(item);
  return (
    <li className="timeline__item" data-position={position}>
      {/* The step number is an element, not a ::before on the item, so that contrast checkers can see past it. */}
      <span className="timeline__step" aria-hidden="true">
        {position}
      </span>
      <article
        id={item.slug}
        tabIndex={-1}
        className={highlighted ? 'agenda-item agenda-item--highlighted' : 'agenda-item'}
        aria-labelledby={headingId}
      >
        <p className={`badge badge--${item.kind}`}>{kindLabel[item.kind]}</p>
        {/* The title is the item's own address: following it scrolls here and highlights it. */}
        <h2 id={headingId} className="agenda-item__title">
          <Link to="/agenda/$day" params={{ day }} hash={item.slug}>
            {heading}
          </Link>
        </h2>
        {item.speakers.length > 0 ? (
          <ul className="speakers">
            {item.speakers.map((speaker) => (
              <li key={speaker.name}>
                <PersonLink name={speaker.name} className="speakers__name" />, {speaker.title},{' '}
                <OrganisationName id={speaker.organisation} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="speakers">
            <OrganisationNames ids={item.organisations} />
          </p>
        )}
        <p className="agenda-item__summary">{summaryOf(item.slug)}</p>
        <div className="agenda-item__footer">
          <p className="agenda-item__links">
            {item.kind === 'signing' && <Link to="/mou">Read the MoU</Link>}
            {agenciesTakingPart(item).map((agency) => (
              <Link key={agency} to="/contacts" search={{ agency }}>
                Contacts at {getAgency(agency).shortName}
              </Link>
            ))}
          </p>
          <CopyLink url={absoluteUrl(`/agenda/${day}#${item.slug}`)} label={heading} />
        </div>
      </article>
    </li>
  );
}

/** The item's agencies, speakers' first: the World Bank has no contacts to offer. */
function agenciesTakingPart(item: AgendaItem): AgencyId[] {
  const ids = [...item.speakers.map((speaker) => speaker.organisation), ...item.organisations];
  return [...new Set(ids)].filter(isAgencyId);
}
