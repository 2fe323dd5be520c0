import { useLocation } from '@tanstack/react-router';
import { useLocale, useMessages } from '../i18n/catalogue';
import { localizedPath } from '../i18n/locales';
import type { Locale } from '../i18n/locales';

const other: Record<Locale, Locale> = { en: 'ko', ko: 'en' };

/**
 * The same page in the other language: the same day, filters and query, and
 * the same #item once the app runs (the fragment is read at the click). It is
 * a plain link, so the other edition loads afresh with its own catalogue.
 */
export function LanguageSwitch() {
  const t = useMessages('shell');
  const target = other[useLocale()];
  const { pathname, searchStr } = useLocation();
  const href = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${localizedPath(pathname, target)}${searchStr}`;
  return (
    <a
      className="language-switch"
      href={href}
      lang={target}
      hrefLang={target}
      onClick={(event) => {
        event.currentTarget.href = `${href}${window.location.hash}`;
      }}
    >
      {t.languageSwitch}
    </a>
  );
}
