import { Link } from '@tanstack/react-router';
import { Fill } from '../../components/Fill';
import { ItemHeading } from '../../components/ItemHeading';
import { days } from '../../data/agenda';
import { contacts } from '../../data/contacts';
import { event } from '../../data/event';
import { mou } from '../../data/mou';
import { agencies, worldBank } from '../../data/organisations';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import { listInWords } from '../../lib/listInWords';
import { localOrganisationName } from '../../components/localOrganisationName';
import { appearancesOf } from './appearances';

export function AgencyList() {
  const t = useMessages('agencies');
  const locale = useLocale();
  const eventName = <span lang="en">{event.name}</span>;
  const worldBankName = localOrganisationName(worldBank.id, locale);
  const worldBankRoles = [
    event.hosts.includes(worldBank.id) && t.worldBankRoles.host,
    mou.parties.includes(worldBank.id) && t.worldBankRoles.party,
  ].filter((role) => role !== false);
  return (
    <div className="page">
      <p className="eyebrow" lang="en">
        {event.name}
      </p>
      <h1 tabIndex={-1}>{t.listTitle}</h1>
      <p className="reading">
        <Fill message={t.listIntro} slots={{ event: eventName }} />
      </p>
      <ul className="card-grid">
        {agencies.map((agency) => {
          const otherName = t.otherName(agency);
          return (
            <li key={agency.id} className="card">
              <h2 className="card__title">
                <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                  {t.name(agency)} (<span className="nowrap">{agency.shortName}</span>)
                </Link>
              </h2>
              <p lang={otherName.lang} className="muted">
                {otherName.text}
              </p>
              <p>
                {t.groups[agency.group]} ·{' '}
                {t.contactCount(contacts.filter((contact) => contact.agency === agency.id).length)}
              </p>
              <ul className="compact-list">
                {appearancesOf(agency.id, days).map(({ day, item }) => (
                  <li key={item.slug}>
                    {dayLabel(day, locale)}: <ItemHeading item={item} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="world-bank">
        <h2 id="world-bank">{t.worldBankHeading(worldBankName)}</h2>
        <p className="reading">{t.worldBankText(worldBankName, listInWords(worldBankRoles, locale))}</p>
        <ul className="link-list">
          {appearancesOf(worldBank.id, days).map(({ day, item }) => (
            <li key={item.slug}>
              <Link to="/agenda/$day" params={{ day: day.id }} hash={item.slug}>
                <ItemHeading item={item} />, {dayLabel(day, locale)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
