import { Link } from '@tanstack/react-router';
import { CopyLink } from '../../components/CopyLink';
import { OrganisationName, OrganisationNames } from '../../components/OrganisationName';
import { ItemHeading } from '../../components/ItemHeading';
import { PersonLink } from '../../components/PersonLink';
import { Quoted } from '../../components/Quoted';
import { itemHeadingIn } from '../../data/itemHeading';
import { getAgency, isAgencyId } from '../../data/organisations';
import type { AgendaItem, AgencyId, DayId } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { localizedPath } from '../../i18n/locales';
import { absoluteUrl } from '../../lib/absoluteUrl';

interface AgendaItemCardProps {
  day: DayId;
  item: AgendaItem;
  position: number;
  highlighted: boolean;
}

export function AgendaItemCard({ day, item, position, highlighted }: AgendaItemCardProps) {
  const t = useMessages('agenda');
  const locale = useLocale();
  const headingId = `${item.slug}-heading`;
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
        <p className={`badge badge--${item.kind}`}>{t.kinds[item.kind]}</p>
        {/* The title is the item's own address: following it scrolls here and highlights it. */}
        <h2 id={headingId} className="agenda-item__title">
          <Link to="/agenda/$day" params={{ day }} hash={item.slug}>
            <ItemHeading item={item} />
          </Link>
        </h2>
        {item.speakers.length > 0 ? (
          <ul className="speakers">
            {item.speakers.map((speaker) => (
              <li key={speaker.name}>
                <span lang="en">
                  <PersonLink name={speaker.name} className="speakers__name" />
                </span>
                , <Quoted text={speaker.title} gloss={t.jobTitleGlosses[speaker.title]} />,{' '}
                <OrganisationName id={speaker.organisation} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="speakers">
            <OrganisationNames ids={item.organisations} />
          </p>
        )}
        {/* Our summary, where this language has one for the item. */}
        {t.summaries[item.slug] && <p className="agenda-item__summary">{t.summaries[item.slug]}</p>}
        <div className="agenda-item__footer">
          <p className="agenda-item__links">
            {item.kind === 'signing' && <Link to="/mou">{t.readMou}</Link>}
            {agenciesTakingPart(item).map((agency) => (
              <Link key={agency} to="/contacts" search={{ agency }}>
                {t.contactsAt(t.agencyName(getAgency(agency)))}
              </Link>
            ))}
          </p>
          <CopyLink
            url={absoluteUrl(localizedPath(`/agenda/${day}#${item.slug}`, locale))}
            label={itemHeadingIn(item, t.topics)}
          />
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
