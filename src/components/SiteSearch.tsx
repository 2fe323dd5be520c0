import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useLocale, useMessages } from '../i18n/catalogue';
import { localizedPath } from '../i18n/locales';
import { useSlashToFocus } from './slashShortcut';

interface SiteSearchProps {
  id: string;
  /** True when the header has just opened the search panel: the field takes focus. */
  focusField: boolean;
  /** Opens the search panel where the header folds it away (on phones), for "/". */
  onReveal: () => void;
}

/**
 * The header's search field. It is a plain GET form to /search, so it works
 * before the app's script has loaded; once it has, the router takes over.
 */
export function SiteSearch({ id, focusField, onReveal }: SiteSearchProps) {
  const field = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const t = useMessages('shell');
  const locale = useLocale();
  useSlashToFocus(field, onReveal);
  useEffect(() => {
    if (focusField) field.current?.focus();
  }, [focusField]);
  return (
    <form
      id={id}
      role="search"
      aria-label={t.siteSearch}
      action={`${import.meta.env.BASE_URL.replace(/\/$/, '')}${localizedPath('/search', locale)}`}
      method="get"
      className="site-search"
      onSubmit={(event) => {
        event.preventDefault();
        const query = field.current?.value.trim() ?? '';
        navigate({ to: '/search', search: query ? { q: query } : {} });
      }}
    >
      <label htmlFor="site-search-query" className="visually-hidden">
        {t.siteSearchField}
      </label>
      <input
        ref={field}
        id="site-search-query"
        name="q"
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        placeholder={t.search}
      />
      <button type="submit">{t.search}</button>
    </form>
  );
}
