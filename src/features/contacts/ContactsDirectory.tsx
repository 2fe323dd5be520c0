import { Link, useHydrated } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { ContactCard } from '../../components/ContactCard';
import { CopyLink } from '../../components/CopyLink';
import { DownloadContactsButton } from '../../components/DownloadContactsButton';
import { contacts } from '../../data/contacts';
import { agencies } from '../../data/organisations';
import type { AgencyGroup, AgencyId } from '../../data/types';
import { AgencyFilter } from './AgencyFilter';
import { describeFilter } from './describeFilter';
import type { ParsedContactsSearch } from './contactsSearch';
import { filterContacts, groupByAgency } from './filterContacts';

const groupHeadings: Record<AgencyGroup, string> = {
  Government: 'Government',
  'Affiliated Organization': 'Affiliated organizations',
};
const MAX_SHOWN = 40;

interface ContactsDirectoryProps {
  filter: ParsedContactsSearch;
  /** The canonical, absolute URL of this view, for Copy link. */
  viewUrl: string;
  onToggleAgency: (agency: AgencyId) => void;
  onQueryChange: (query: string) => void;
  onClear: () => void;
}

export function ContactsDirectory({ filter, viewUrl, onToggleAgency, onQueryChange, onClear }: ContactsDirectoryProps) {
  // The field keeps what the user types; the URL follows it. When the URL
  // changes on its own (Back, Forward, Clear), the field follows the URL.
  const [draft, setDraft] = useState(filter.query);
  const [lastQuery, setLastQuery] = useState(filter.query);
  if (filter.query !== lastQuery) {
    setLastQuery(filter.query);
    setDraft(filter.query);
  }
  const searchField = useRef<HTMLInputElement>(null);

  // Both Clear buttons vanish once nothing is filtered: keep focus in the form
  // rather than letting it fall back to the top of the page.
  function clearFilters() {
    onClear();
    searchField.current?.focus();
  }

  // Filtering needs JavaScript: in the prerendered page the controls stay off
  // until the app has hydrated, so nothing typed or ticked is lost.
  const hydrated = useHydrated();

  const results = filterContacts(contacts, filter);
  const groups = groupByAgency(results, agencies);
  const filtered = filter.agencies.length > 0 || filter.query.trim() !== '';

  return (
    <div className="page">
      <p className="eyebrow">Directory</p>
      <h1 tabIndex={-1}>Contacts</h1>
      <p className="reading">
        A head and a point of contact at each agency, as listed in the press release. Numbers are office lines; the
        international form is for callers outside Korea.
      </p>
      {filter.unknownAgencies.length > 0 && (
        <div className="notice" role="note">
          <p>
            This link named {filter.unknownAgencies.length === 1 ? 'an agency' : 'agencies'} we don’t know, so{' '}
            {filter.unknownAgencies.length === 1 ? 'it was' : 'they were'} left out:{' '}
            {filter.unknownAgencies.map((value) => `“${truncate(value)}”`).join(', ')}. Known agencies are{' '}
            {agencies.map((agency) => agency.shortName).join(', ')}.
          </p>
        </div>
      )}
      <div className="directory">
        <form className="directory__filters" role="search" onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor="contact-query">Search contacts</label>
            <p id="contact-query-hint" className="hint">
              Name, title, team or agency
            </p>
            <input
              ref={searchField}
              id="contact-query"
              type="search"
              autoComplete="off"
              spellCheck={false}
              aria-describedby="contact-query-hint"
              disabled={!hydrated}
              value={draft}
              onChange={(event) => {
                setDraft(event.target.value);
                onQueryChange(event.target.value);
              }}
            />
          </div>
          <AgencyFilter agencies={agencies} selected={filter.agencies} onToggle={onToggleAgency} disabled={!hydrated} />
          {filtered && (
            <button type="button" className="button-secondary" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </form>
        <div className="directory__results">
          <div className="result-bar">
            <p role="status" className="result-count">
              {results.length === contacts.length
                ? `Showing all ${contacts.length} contacts`
                : `Showing ${results.length} of ${contacts.length} contacts`}
            </p>
            {results.length > 1 && (
              <DownloadContactsButton contacts={results}>
                Download {results.length} contacts <span className="visually-hidden">shown</span>
              </DownloadContactsButton>
            )}
            <CopyLink url={viewUrl} label={describeFilter(filter)} />
          </div>
          {groups.length > 1 && (
            <nav aria-labelledby="agency-index-label" className="agency-index">
              <p id="agency-index-label" className="agency-index__label">
                Jump to an agency:
              </p>
              <ul>
                {groups.map(({ agency }) => (
                  <li key={agency.id}>
                    <a href={`#${agency.id}`}>{agency.shortName}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {results.length === 0 ? (
            <div className="empty-state">
              <h2>No contacts match</h2>
              <p>Try fewer words, another spelling, or more agencies.</p>
              <button type="button" onClick={clearFilters}>
                Clear filters
              </button>
            </div>
          ) : (
            (Object.keys(groupHeadings) as AgencyGroup[]).map((group) => {
              const inGroup = groups.filter((entry) => entry.agency.group === group);
              if (inGroup.length === 0) return null;
              return (
                <section key={group} aria-labelledby={groupHeadingId(group)} className="contact-group">
                  <h2 id={groupHeadingId(group)}>{groupHeadings[group]}</h2>
                  {inGroup.map(({ agency, contacts: agencyContacts }) => (
                    <section
                      key={agency.id}
                      id={agency.id}
                      aria-labelledby={`agency-heading-${agency.id}`}
                      className="agency-section"
                    >
                      <h3 id={`agency-heading-${agency.id}`} className="agency-heading">
                        <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                          {agency.name} ({agency.shortName})
                        </Link>{' '}
                        <span lang="ko" className="agency-heading__ko">
                          {agency.nameKo}
                        </span>
                      </h3>
                      <ul className="contact-list">
                        {agencyContacts.map((contact) => (
                          <ContactCard key={contact.id} contact={contact} agency={agency} />
                        ))}
                      </ul>
                    </section>
                  ))}
                </section>
              );
            })
          )}
        </div>
      </div>
    </div>
  );
}

// Group names contain spaces, which an id (and so aria-labelledby) cannot.
function groupHeadingId(group: AgencyGroup): string {
  return `group-${group.toLowerCase().replaceAll(' ', '-')}`;
}

function truncate(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}
