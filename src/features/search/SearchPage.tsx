import { Link, useHydrated } from '@tanstack/react-router';
import { useState } from 'react';
import { LinkNotices } from '../../components/LinkNotices';
import { getAgency } from '../../data/organisations';
import { useLocale, useMessages } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locales';
import type { LinkNotes } from '../../lib/linkNotes';
import { describeQueryProblem } from '../../lib/queryProblem';
import { Highlighted } from './Highlighted';
import { partialQueries, search } from './search';
import type { SearchHit } from './search';
import type { Segment } from './highlight';
import { searchDocumentsFor } from './searchDocuments';
import { SearchHitLink } from './SearchHitLink';
import { SearchSuggestions } from './SearchSuggestions';
import { SlashShortcutSetting } from './SlashShortcutSetting';

interface SearchPageProps {
  query: string;
  /** What the link that opened this page held beyond its canonical URL, for the notices. */
  linkNotes: LinkNotes | undefined;
  onQueryChange: (query: string) => void;
}

/** A `lang` for text in `lang`, on a page in `locale`: only where the two differ. */
const langOn = (lang: Locale | undefined, locale: Locale) => (lang && lang !== locale ? lang : undefined);

export function SearchPage({ query, linkNotes, onQueryChange }: SearchPageProps) {
  const locale = useLocale();
  const t = useMessages('search');
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
  const documents = searchDocumentsFor(locale);
  const results = search(documents, query);
  const blank = results.terms.length === 0 && !results.problem;
  const quoted = `“${query.trim()}”`;

  return (
    <div className="page">
      <h1 tabIndex={-1}>{t.heading}</h1>
      {hydrated && <LinkNotices notes={linkNotes} reader={t.reader} readKeys={['q']} />}
      {/* Without JavaScript a search link shows the prerendered page, which has no results: say why. */}
      <noscript>
        <div className="notice">
          <p>{t.noScript}</p>
        </div>
      </noscript>
      <form
        role="search"
        aria-label={t.form}
        action={`${import.meta.env.BASE_URL}${locale === 'ko' ? 'ko/' : ''}search`}
        className="search-form"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor="search-query">{t.field}</label>
          <p id="search-query-hint" className="hint">
            {t.fieldHint}
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
            ? describeQueryProblem(results.problem, query, locale)
            : results.total === 0
              ? t.noResultsFor(quoted)
              : t.resultsFor(results.total, quoted)}
      </p>

      {blank ? (
        <SearchSuggestions lead={t.tryThese} />
      ) : results.problem ? (
        <div className="empty-state">
          <h2>{describeQueryProblem(results.problem, query, locale)}</h2>
          <p>{t.problemHelp}</p>
        </div>
      ) : results.total === 0 ? (
        <NoResults query={query} quoted={quoted} />
      ) : (
        results.groups.map((group) => (
          <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="search-group">
            <h2 id={`results-${group.kind}`}>
              {t.groups[group.kind]} <span className="search-group__count">({group.hits.length})</span>
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
  const locale = useLocale();
  const t = useMessages('search');
  const { document } = hit;
  const titleLang = langOn(document.titleLang, locale);
  return (
    <li className="search-hit">
      <h3 className="search-hit__title">
        <SearchHitLink destination={document.target}>
          {titleLang ? (
            <span lang={titleLang}>
              <Highlighted segments={hit.title} />
            </span>
          ) : (
            <Highlighted segments={hit.title} />
          )}
        </SearchHitLink>
        <Gloss segments={hit.titleGloss} />
      </h3>
      {hit.lines.map((line) => {
        const lang = langOn(line.lang, locale);
        return line.lead || line.glossSegments ? (
          // Words in the page's language around quoted text: only the quote takes its own lang.
          <p key={line.text} className="search-hit__line">
            {line.lead}
            <span lang={lang}>
              <Highlighted segments={line.segments} />
            </span>
            <Gloss segments={line.glossSegments} />
          </p>
        ) : (
          <p key={line.text} lang={lang} className="search-hit__line">
            {line.tel ? (
              <a href={line.tel}>
                <span className="visually-hidden">
                  {t.callBefore}
                  {titleLang ? <span lang={titleLang}>{document.title}</span> : document.title}
                  {t.callAfter}
                </span>{' '}
                <Highlighted segments={line.segments} />
              </a>
            ) : (
              <Highlighted segments={line.segments} />
            )}
          </p>
        );
      })}
      {document.related && document.related.length > 0 && (
        <p className="search-hit__line">
          {document.kind === 'areas' ? t.relatedAgencies : t.agencyPage}
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

/** Our translation after something quoted in English, as components/Quoted.tsx shows it, with matches marked. */
function Gloss({ segments }: { segments: readonly Segment[] | undefined }) {
  const t = useMessages('shell');
  if (!segments) return null;
  return (
    <span className="gloss">
      {' '}
      ({t.ourTranslation}: <Highlighted segments={segments} />)
    </span>
  );
}

function NoResults({ query, quoted }: { query: string; quoted: string }) {
  const t = useMessages('search');
  const partial = partialQueries(searchDocumentsFor(useLocale()), query);
  return (
    <div className="empty-state">
      <h2>{t.nothingMatches(quoted)}</h2>
      <p>{t.spellingHelp}</p>
      {partial.length > 0 && (
        <>
          <p>{t.partialLead}</p>
          <ul className="link-list">
            {partial.map(({ word, total }) => (
              <li key={word}>
                <Link to="/search" search={{ q: word }}>
                  {t.partialQuery(`“${word}”`, total)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <SearchSuggestions lead={t.orTryThese} />
    </div>
  );
}
