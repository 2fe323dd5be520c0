import { useHydrated } from '@tanstack/react-router';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CopyLink } from '../../components/CopyLink';
import { DownloadContactsButton } from '../../components/DownloadContactsButton';
import { WithHidden } from '../../components/WithHidden';
import { isShown } from '../../components/isShown';
import { LinkNotices } from '../../components/LinkNotices';
import { useNeedsApp } from '../../components/needsApp';
import { useCloseOnEscape } from '../../components/useCloseOnEscape';
import { contacts } from '../../data/contacts';
import { agencies } from '../../data/organisations';
import type { AgencyId } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locales';
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
  const t = useMessages('contacts');
  const locale = useLocale();
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

  // Filtering needs JavaScript: in the prerendered page the controls are off.
  const needsApp = useNeedsApp();
  // A link's notices live in history state, which the prerendered page cannot know.
  const hydrated = useHydrated();
  const unknownAgencies = linkNotes?.unknownValues ?? [];

  // The list follows the field as typed, in the same frame. The URL follows
  // once typing pauses: writing it (a history entry and a router update) costs
  // more than filtering, so it is not done on every keystroke.
  const query = normalizeQuery(draft);
  const selected = filter.agencies.join(',');
  const { results, listed } = useMemo(() => listContacts(selected, query, locale), [selected, query, locale]);
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
      <h1 tabIndex={-1}>{t.pageTitle}</h1>
      <p className="reading">{t.intro}</p>
      {/* The prerendered page has no notices: they wait for hydration, so that it matches. */}
      {hydrated && unknownAgencies.length > 0 && (
        <div className="notice" role="note">
          <p>
            {t.unknownAgencies(
              unknownAgencies.length,
              unknownAgencies.map((value) => `“${truncate(value)}”`).join(', '),
              agencies.map((agency) => agency.shortName).join(', '),
            )}
          </p>
        </div>
      )}
      {hydrated && <LinkNotices notes={linkNotes} reader={t.reader} readKeys={CONTACTS_SEARCH_KEYS} />}
      {/* Without JavaScript a filtered link shows the prerendered, unfiltered page: say why. */}
      <noscript>
        <div className="notice">
          <p>{t.noScript(contacts.length)}</p>
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
            {...needsApp}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            <span className="filter-bar__label">{t.filters}</span>{' '}
            <span className="filter-bar__summary">
              {summarizeFilter(filter.agencies, query, results.length, locale)}
            </span>
          </button>
          {filtered && (
            <button type="button" className="button-secondary" onClick={clearFilters}>
              <WithHidden {...t.clear} />
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
            <label htmlFor="contact-query">{t.searchLabel}</label>
            <p id="contact-query-hint" className="hint">
              {t.searchHint}
            </p>
            <input
              ref={searchField}
              id="contact-query"
              type="search"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={problem ? 'contact-query-hint contact-query-problem' : 'contact-query-hint'}
              {...needsApp}
              value={draft}
              onFocus={() => prepareContactSearch(contacts, locale)}
              onChange={(event) => setDraft(event.target.value)}
            />
            {/* On phones the status line is for screen readers only: the reason shows where the typing is. */}
            {problem && (
              <p id="contact-query-problem" className="hint hint--after">
                {describeQueryProblem(problem, query, locale)}
              </p>
            )}
          </div>
          <AgencyFilter agencies={agencies} selected={filter.agencies} onToggle={toggleAgency} />
          {filtered && (
            <button type="button" className="button-secondary directory__clear" onClick={clearFilters}>
              {t.clearFilters}
            </button>
          )}
        </form>
        <div className="directory__results" ref={resultsRef}>
          <div className="result-bar">
            <p role="status" className="result-count">
              {problem && `${describeQueryProblem(problem, query, locale)}. `}
              {shown < results.length
                ? t.showingFirst(shown, results.length, filtered)
                : results.length === contacts.length
                  ? t.showingAll(contacts.length)
                  : t.showingSome(results.length, contacts.length)}
            </p>
            {results.length > 1 && (
              <DownloadContactsButton contacts={results} filter={[...filter.agencies, query]}>
                <WithHidden {...t.downloadShown(results.length)} />
              </DownloadContactsButton>
            )}
            <CopyLink url={viewUrl} label={describeFilter(filter, locale)} />
          </div>
          {/* With one or two agencies, their headings are in sight already. */}
          {shownGroups.length > 2 && (
            <nav aria-labelledby="agency-index-label" className="agency-index">
              <p id="agency-index-label" className="agency-index__label">
                {t.jumpTo}
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
              <h2>{t.noMatch}</h2>
              <p>{t.noMatchHint}</p>
              <button type="button" onClick={clearFilters}>
                {t.clearFilters}
              </button>
            </div>
          ) : (
            <ContactList groups={shownGroups} />
          )}
          {shown < results.length && (
            <button
              type="button"
              className="button-secondary"
              {...needsApp}
              onClick={() => {
                setFocusContact(shown);
                setPageEnd(shown + PAGE_SIZE);
              }}
            >
              {t.showMore(Math.min(PAGE_SIZE, results.length - shown))}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function listContacts(selected: string, query: string, locale: Locale) {
  const agencyIds = selected === '' ? [] : (selected.split(',') as AgencyId[]);
  const results = filterContacts(contacts, { agencies: agencyIds, query }, locale);
  return { results, listed: inListedOrder(groupByAgency(results, agencies)) };
}
