import { Link, useHydrated } from '@tanstack/react-router';
import { useState } from 'react';
import { LinkNotices } from '../../components/LinkNotices';
import { getAgency } from '../../data/organisations';
import type { LinkNotes } from '../../lib/linkNotes';
import { describeQueryProblem } from '../../lib/queryProblem';
import { Highlighted } from './Highlighted';
import { partialQueries, search } from './search';
import type { SearchHit } from './search';
import { buildSearchDocuments } from './searchDocuments';
import type { SearchKind } from './searchDocuments';
import { SearchHitLink } from './SearchHitLink';
import { SearchSuggestions } from './SearchSuggestions';
import { SlashShortcutSetting } from './SlashShortcutSetting';

const documents = buildSearchDocuments();

const groupHeadings: Record<SearchKind, string> = {
  agenda: 'Agenda items',
  people: 'People',
  agencies: 'Agencies',
  contacts: 'Contacts',
  areas: 'MoU areas',
};

interface SearchPageProps {
  query: string;
  /** What the link that opened this page held beyond its canonical URL, for the notices. */
  linkNotes: LinkNotes | undefined;
  onQueryChange: (query: string) => void;
}

export function SearchPage({ query, linkNotes, onQueryChange }: SearchPageProps) {
  // The field keeps what the user types; the URL follows it. When the URL
  // changes on its own (Back, the header's search), the field follows the URL.
  const [draft, setDraft] = useState(query);
  const [lastQuery, setLastQuery] = useState(query);
  if (query !== lastQuery) {
    setLastQuery(query);
    setDraft(query);
  }

  // The prerendered page has no notices: they wait for hydration, so that it matches.
  const hydrated = useHydrated();
  const results = search(documents, query);
  const blank = results.terms.length === 0 && !results.problem;
  const quoted = `“${query.trim()}”`;

  return (
    <div className="page">
      <h1 tabIndex={-1}>Search</h1>
      {hydrated && <LinkNotices notes={linkNotes} reader="the search page" readKeys={['q']} />}
      {/* Without JavaScript a search link shows the prerendered page, which has no results: say why. */}
      <noscript>
        <div className="notice">
          <p>
            Search needs JavaScript, which is off in this browser, so no results are shown. The agenda, agencies and
            contacts pages show everything without it.
          </p>
        </div>
      </noscript>
      <form
        role="search"
        aria-label="Search page"
        action={`${import.meta.env.BASE_URL}search`}
        className="search-form"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor="search-query">Search the agenda, people, agencies, contacts and MoU areas</label>
          <p id="search-query-hint" className="hint">
            Case, accents, hyphens and spaces don’t matter; Korean names and phone numbers work too.
          </p>
          <input
            id="search-query"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-query-hint"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              onQueryChange(event.target.value);
            }}
          />
        </div>
      </form>
      <p role="status" className="result-count">
        {blank
          ? ''
          : results.problem
            ? describeQueryProblem(results.problem, query)
            : results.total === 0
              ? `No results for ${quoted}`
              : `${plural(results.total, 'result')} for ${quoted}`}
      </p>

      {blank ? (
        <SearchSuggestions lead="Try one of these:" />
      ) : results.problem ? (
        <div className="empty-state">
          <h2>{describeQueryProblem(results.problem, query)}</h2>
          <p>Type a name, a word or a phone number.</p>
        </div>
      ) : results.total === 0 ? (
        <NoResults query={query} quoted={quoted} />
      ) : (
        results.groups.map((group) => (
          <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="search-group">
            <h2 id={`results-${group.kind}`}>
              {groupHeadings[group.kind]} <span className="search-group__count">({group.hits.length})</span>
            </h2>
            <ul className="search-hits">
              {group.hits.map((hit) => (
                <SearchHitItem key={hit.document.key} hit={hit} />
              ))}
            </ul>
          </section>
        ))
      )}

      <SlashShortcutSetting />
    </div>
  );
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { document } = hit;
  return (
    <li className="search-hit">
      <h3 className="search-hit__title">
        <SearchHitLink destination={document.target}>
          <Highlighted segments={hit.title} />
        </SearchHitLink>
      </h3>
      {hit.lines.map((line) => (
        <p key={line.text} lang={line.lang} className="search-hit__line">
          {line.tel ? (
            <a href={line.tel}>
              <span className="visually-hidden">Call {document.title} on</span> <Highlighted segments={line.segments} />
            </a>
          ) : (
            <Highlighted segments={line.segments} />
          )}
        </p>
      ))}
      {document.related && document.related.length > 0 && (
        <p className="search-hit__line">
          {document.kind === 'areas' ? 'Related agencies: ' : 'Agency page: '}
          {document.related.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <Link to="/agencies/$agency" params={{ agency: id }}>
                {getAgency(id).shortName}
              </Link>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

function NoResults({ query, quoted }: { query: string; quoted: string }) {
  const partial = partialQueries(documents, query);
  return (
    <div className="empty-state">
      <h2>Nothing matches {quoted}</h2>
      <p>Check the spelling, or use fewer words: a result must contain every word.</p>
      {partial.length > 0 && (
        <>
          <p>These words find something on their own:</p>
          <ul className="link-list">
            {partial.map(({ word, total }) => (
              <li key={word}>
                <Link to="/search" search={{ q: word }}>
                  “{word}”, {plural(total, 'result')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <SearchSuggestions lead="Or try one of these:" />
    </div>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
