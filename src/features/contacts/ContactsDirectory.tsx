import { useHydrated } from '@tanstack/react-router';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CopyLink } from '../../components/CopyLink';
import { DownloadContactsButton } from '../../components/DownloadContactsButton';
import { isShown } from '../../components/isShown';
import { LinkNotices } from '../../components/LinkNotices';
import { useCloseOnEscape } from '../../components/useCloseOnEscape';
import { contacts } from '../../data/contacts';
import { agencies } from '../../data/organisations';
import type { AgencyId } from '../../data/types';
import { AgencyFilter } from './AgencyFilter';
import { ContactList, inListedOrder } from './ContactList';
import { CONTACTS_SEARCH_KEYS, normalizeQuery } from './contactsSearch';
import { describeFilter, summarizeFilter } from './describeFilter';
import type { ContactsFilter } from './contactsSearch';
import { filterContacts, firstContacts, groupByAgency, prepareContactSearch } from './filterContacts';
import type { LinkNotes } from '../../lib/linkNotes';
import { queryWords } from '../../lib/normalizeText';
import { describeQueryProblem, queryProblem } from '../../lib/queryProblem';
import { truncate } from '../../lib/truncate';

// A directory of thousands is shown a page at a time, so that every keystroke
// stays quick at any size: each card drawn costs about 2 ms on a slow phone
// (docs/PERFORMANCE.md). The real directory, ten people, fits on one page
// exactly: find-in-page sees all of it.
const PAGE_SIZE = 10;
// How long typing pauses before the URL follows the field.
const URL_DELAY_MS = 300;

interface ContactsDirectoryProps {
  filter: ContactsFilter;
  /** What the link that opened this view held beyond its canonical URL, for the notices. */
  linkNotes: LinkNotes | undefined;
  /** The canonical, absolute URL of this view, for Copy link. */
  viewUrl: string;
  /** Ticks or unticks an agency; `query` is the field as typed, which the URL may not show yet. */
  onToggleAgency: (agency: AgencyId, query: string) => void;
  onQueryChange: (query: string) => void;
  onClear: () => void;
}

export function ContactsDirectory({
  filter,
  linkNotes,
  viewUrl,
  onToggleAgency,
  onQueryChange,
  onClear,
}: ContactsDirectoryProps) {
  // The field keeps what the user types; the URL follows it. When the URL
  // changes on its own (Back, Forward, Clear), the field follows the URL.
  const [draft, setDraft] = useState(filter.query);
  const [lastQuery, setLastQuery] = useState(filter.query);
  if (filter.query !== lastQuery) {
    setLastQuery(filter.query);
    setDraft(filter.query);
  }
  const searchField = useRef<HTMLInputElement>(null);

  // On phones the filters fold into one bar above the results; this opens them.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersToggle = useRef<HTMLButtonElement>(null);
  useCloseOnEscape(filtersOpen, () => {
    setFiltersOpen(false);
    filtersToggle.current?.focus();
  });

  // The Clear buttons vanish once nothing is filtered: keep focus in the
  // filters (or on their toggle, where a phone has them folded) rather than
  // letting it fall back to the top of the page.
  function clearFilters() {
    // The field may hold what the URL does not show yet: clear both.
    setDraft('');
    onClear();
    const field = searchField.current;
    (field && isShown(field) ? field : filtersToggle.current)?.focus();
  }

  // Filtering needs JavaScript: in the prerendered page the controls stay off
  // until the app has hydrated, so nothing typed or ticked is lost.
  const hydrated = useHydrated();
  const unknownAgencies = linkNotes?.unknownValues ?? [];

  // The list follows the field as typed, in the same frame. The URL follows
  // once typing pauses: writing it (a history entry and a router update) costs
  // more than filtering, so it is not done on every keystroke.
  const query = normalizeQuery(draft);
  const selected = filter.agencies.join(',');
  const { results, listed } = useMemo(() => listContacts(selected, query), [selected, query]);
  const filtered = selected !== '' || query !== '';
  // Such a query filters nothing (filterContacts); the status says why.
  const problem = queryProblem(query, queryWords(query));
  useEffect(() => {
    if (query === filter.query) return;
    const write = setTimeout(() => onQueryChange(query), URL_DELAY_MS);
    return () => clearTimeout(write);
  }, [query, filter.query, onQueryChange]);
  // Ticking an agency takes the query as typed. The callback stays the same
  // from keystroke to keystroke, so the agency checkboxes are not drawn again.
  const latest = useRef({ onToggleAgency, query });
  useLayoutEffect(() => {
    latest.current = { onToggleAgency, query };
  });
  const toggleAgency = useCallback(
    (agency: AgencyId) => latest.current.onToggleAgency(agency, latest.current.query),
    [],
  );

  // A new filter starts again from its first page.
  const [pageEnd, setPageEnd] = useState(PAGE_SIZE);
  const [pagedFilter, setPagedFilter] = useState(`${selected} ${query}`);
  if (`${selected} ${query}` !== pagedFilter) {
    setPagedFilter(`${selected} ${query}`);
    setPageEnd(PAGE_SIZE);
  }
  const shown = Math.min(pageEnd, results.length);
  // After "Show more", focus goes to the first contact it added.
  const resultsRef = useRef<HTMLDivElement>(null);
  const [focusContact, setFocusContact] = useState<number>();
  useEffect(() => {
    if (focusContact === undefined) return;
    resultsRef.current?.querySelectorAll<HTMLElement>('.contact-card__name')[focusContact]?.focus();
  }, [focusContact]);
  const shownGroups = firstContacts(listed, shown);

  return (
    <div className="page">
      <h1 tabIndex={-1}>Contacts</h1>
      <p className="reading">
        A head and a point of contact at each agency, as the press release lists them, with their office lines.
      </p>
      {/* The prerendered page has no notices: they wait for hydration, so that it matches. */}
      {hydrated && unknownAgencies.length > 0 && (
        <div className="notice" role="note">
          <p>
            This link named {unknownAgencies.length === 1 ? 'an agency' : 'agencies'} we don’t know, so{' '}
            {unknownAgencies.length === 1 ? 'it was' : 'they were'} left out:{' '}
            {unknownAgencies.map((value) => `“${truncate(value)}”`).join(', ')}. Known agencies are{' '}
            {agencies.map((agency) => agency.shortName).join(', ')}.
          </p>
        </div>
      )}
      {hydrated && <LinkNotices notes={linkNotes} reader="the directory" readKeys={CONTACTS_SEARCH_KEYS} />}
      {/* Without JavaScript a filtered link shows the prerendered, unfiltered page: say why. */}
      <noscript>
        <div className="notice">
          <p>
            Search and the agency filter need JavaScript, which is off in this browser, so all {contacts.length}{' '}
            contacts are shown.
          </p>
        </div>
      </noscript>
      <div className="directory">
        <div className="filter-bar">
          <button
            ref={filtersToggle}
            type="button"
            className="filter-bar__toggle"
            aria-expanded={filtersOpen}
            aria-controls="contact-filters"
            disabled={!hydrated}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            <span className="filter-bar__label">Filters</span>{' '}
            <span className="filter-bar__summary">{summarizeFilter(filter.agencies, query, results.length)}</span>
          </button>
          {filtered && (
            <button type="button" className="button-secondary" onClick={clearFilters}>
              Clear <span className="visually-hidden">filters</span>
            </button>
          )}
        </div>
        <form
          id="contact-filters"
          className="directory__filters"
          data-open={filtersOpen}
          role="search"
          onSubmit={(event) => event.preventDefault()}
        >
          <div className="field">
            <label htmlFor="contact-query">Search contacts</label>
            <p id="contact-query-hint" className="hint">
              Name, title, team, agency or phone number
            </p>
            <input
              ref={searchField}
              id="contact-query"
              type="search"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={problem ? 'contact-query-hint contact-query-problem' : 'contact-query-hint'}
              disabled={!hydrated}
              value={draft}
              onFocus={() => prepareContactSearch(contacts)}
              onChange={(event) => setDraft(event.target.value)}
            />
            {/* On phones the status line is for screen readers only: the reason shows where the typing is. */}
            {problem && (
              <p id="contact-query-problem" className="hint hint--after">
                {describeQueryProblem(problem, query)}
              </p>
            )}
          </div>
          <AgencyFilter agencies={agencies} selected={filter.agencies} onToggle={toggleAgency} disabled={!hydrated} />
          {filtered && (
            <button type="button" className="button-secondary directory__clear" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </form>
        <div className="directory__results" ref={resultsRef}>
          <div className="result-bar">
            <p role="status" className="result-count">
              {problem && `${describeQueryProblem(problem, query)}. `}
              {shown < results.length
                ? `Showing the first ${shown} of ${results.length} ${filtered ? 'matching ' : ''}contacts`
                : results.length === contacts.length
                  ? `Showing all ${contacts.length} contacts`
                  : `Showing ${results.length} of ${contacts.length} contacts`}
            </p>
            {results.length > 1 && (
              <DownloadContactsButton contacts={results} filter={[...filter.agencies, query]}>
                Download {results.length} contacts <span className="visually-hidden">shown</span>
              </DownloadContactsButton>
            )}
            <CopyLink url={viewUrl} label={describeFilter(filter)} />
          </div>
          {/* With one or two agencies, their headings are in sight already. */}
          {shownGroups.length > 2 && (
            <nav aria-labelledby="agency-index-label" className="agency-index">
              <p id="agency-index-label" className="agency-index__label">
                Jump to an agency:
              </p>
              <ul>
                {shownGroups.map(({ agency }) => (
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
            <ContactList groups={shownGroups} />
          )}
          {shown < results.length && (
            <button
              type="button"
              className="button-secondary"
              disabled={!hydrated}
              onClick={() => {
                setFocusContact(shown);
                setPageEnd(shown + PAGE_SIZE);
              }}
            >
              Show {Math.min(PAGE_SIZE, results.length - shown)} more contacts
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function listContacts(selected: string, query: string) {
  const agencyIds = selected === '' ? [] : (selected.split(',') as AgencyId[]);
  const results = filterContacts(contacts, { agencies: agencyIds, query });
  return { results, listed: inListedOrder(groupByAgency(results, agencies)) };
}
