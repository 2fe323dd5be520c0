import { Link } from '@tanstack/react-router';
import { days } from '../../data/agenda';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { mou } from '../../data/mou';
import { agencies, worldBank } from '../../data/organisations';
import { formatCount } from '../../lib/formatCount';
import { appearancesOf } from './appearances';
import { itemHeading } from '../../data/itemHeading';

export function AgencyList() {
  const worldBankRoles = [
    event.hosts.includes(worldBank.id) && 'co-hosted the event',
    mou.parties.includes(worldBank.id) && 'is the other party to the MoU',
  ].filter(Boolean);
  return (
    <div className="page">
      <p className="eyebrow">{event.name}</p>
      <h1 tabIndex={-1}>Agencies</h1>
      <p className="reading">
        The Korean ministry and agencies that presented at {event.name}, each with its contacts and the MoU areas its
        work relates to.
      </p>
      <ul className="card-grid">
        {agencies.map((agency) => (
          <li key={agency.id} className="card">
            <h2 className="card__title">
              <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                {agency.name} (<span className="nowrap">{agency.shortName}</span>)
              </Link>
            </h2>
            <p lang="ko" className="muted">
              {agency.nameKo}
            </p>
            <p>
              {agency.group} ·{' '}
              {formatCount(contacts.filter((contact) => contact.agency === agency.id).length, 'contact')}
            </p>
            <ul className="compact-list">
              {appearancesOf(agency.id, days).map(({ day, item }) => (
                <li key={item.slug}>
                  {day.label}: {itemHeading(item)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <section aria-labelledby="world-bank">
        <h2 id="world-bank">The {worldBank.name}</h2>
        <p className="reading">
          The {worldBank.name} {worldBankRoles.join(' and ')}. The press release lists no contacts at the{' '}
          {worldBank.name}, so it has no page here. It took part in:
        </p>
        <ul className="link-list">
          {appearancesOf(worldBank.id, days).map(({ day, item }) => (
            <li key={item.slug}>
              <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug}>
                {itemHeading(item)}, {day.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
