import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import { ContactCard } from '../../components/ContactCard';
import type { AgencyGroup } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import type { AgencyContacts } from './filterContacts';
import { sameContacts } from './filterContacts';

// Past this many cards, those off screen skip layout and paint (styles/components/contacts.css).
const LONG_LIST = 20;

/** The directory's groups, in the order it lists them. */
const groupOrder: readonly AgencyGroup[] = ['Government', 'Affiliated Organization'];

/** Agencies in the order the directory lists them: government first, then affiliated organisations. */
export function inListedOrder(groups: readonly AgencyContacts[]): AgencyContacts[] {
  return groupOrder.flatMap((group) => groups.filter((entry) => entry.agency.group === group));
}

interface ContactListProps {
  /** The contacts to show, under their agencies, in listed order. */
  groups: readonly AgencyContacts[];
}

/**
 * The contacts under group and agency headings. Drawn again only when they
 * change: many keystrokes leave the same contacts on screen.
 */
export const ContactList = memo(
  function ContactList({ groups }: ContactListProps) {
    const t = useMessages('contacts');
    const locale = useLocale();
    const long = groups.reduce((count, group) => count + group.contacts.length, 0) > LONG_LIST;
    return groupOrder.map((group) => {
      const inGroup = groups.filter((entry) => entry.agency.group === group);
      if (inGroup.length === 0) return null;
      return (
        <section key={group} aria-labelledby={groupHeadingId(group)} className="contact-group">
          <h2 id={groupHeadingId(group)}>{t.groups[group]}</h2>
          {inGroup.map(({ agency, contacts: agencyContacts }) => (
            <section
              key={agency.id}
              id={agency.id}
              aria-labelledby={`agency-heading-${agency.id}`}
              className="agency-section"
            >
              <h3 id={`agency-heading-${agency.id}`} className="agency-heading">
                {locale === 'ko' ? (
                  <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                    {agency.nameKo} ({agency.shortName})
                  </Link>
                ) : (
                  <>
                    <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                      {agency.name} ({agency.shortName})
                    </Link>{' '}
                    <span lang="ko" className="agency-heading__ko">
                      {agency.nameKo}
                    </span>
                  </>
                )}
              </h3>
              <ul className={long ? 'card-grid contact-list contact-list--long' : 'card-grid contact-list'}>
                {agencyContacts.map((contact) => (
                  <ContactCard key={contact.id} contact={contact} agency={agency} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      );
    });
  },
  (before, after) => sameContacts(before.groups, after.groups),
);

// Group names contain spaces, which an id (and so aria-labelledby) cannot.
function groupHeadingId(group: AgencyGroup): string {
  return `group-${group.toLowerCase().replaceAll(' ', '-')}`;
}
