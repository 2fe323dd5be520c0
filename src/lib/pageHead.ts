import { event } from '../data/event';
import { locales, localizedPath, ogLocale } from '../i18n/locales';
import type { Locale } from '../i18n/locales';
import { absoluteUrl } from './absoluteUrl';
import { pageTitle } from './pageTitle';

/**
 * "/agenda/2023-03-22" → "/previews/agenda/2023-03-22.png", "/" → "/previews/index.png", and in Korean
 * "/previews/ko/agenda/2023-03-22.png": drawn by scripts/renderPreviews.tsx.
 */
export const previewImage = (path: string, locale: Locale = 'en') =>
  `/previews${localizedPath(path, locale).replace(/\/$/, '/index')}.png`;

interface PageHeadOptions {
  /** The page's own name; omitted for the overview. */
  page?: string;
  description: string;
  /** The canonical app path in English, e.g. `/agenda/2023-03-22`. */
  path: string;
  locale: Locale;
}

/**
 * Title, description, canonical link, the page in each language (hreflang),
 * and link-preview tags (Open Graph, and X's card type) for a route's
 * `head()`, so prerendered HTML and the live app carry the same tags.
 */
export function pageHead({ page, description, path, locale }: PageHeadOptions) {
  const title = pageTitle(page, locale);
  const url = absoluteUrl(localizedPath(path, locale));
  const image = absoluteUrl(previewImage(path, locale));
  // The image shows the title and the facts the description gives in words.
  const alt = `${title}. ${description}`;
  return {
    meta: [
      { title },
      { name: 'description', content: description },
      { property: 'og:type', content: 'website' },
      { property: 'og:site_name', content: event.name },
      { property: 'og:locale', content: ogLocale[locale] },
      ...locales
        .filter((other) => other !== locale)
        .map((other) => ({ property: 'og:locale:alternate', content: ogLocale[other] })),
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: url },
      { property: 'og:image', content: image },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: alt },
      // X falls back to og:title and og:description, so only its card type and image are added.
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:image', content: image },
      { name: 'twitter:image:alt', content: alt },
    ],
    links: [
      { rel: 'canonical', href: url },
      ...locales.map((each) => ({ rel: 'alternate', hrefLang: each, href: absoluteUrl(localizedPath(path, each)) })),
      { rel: 'alternate', hrefLang: 'x-default', href: absoluteUrl(path) },
    ],
  };
}
