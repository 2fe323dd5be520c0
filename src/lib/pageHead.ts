import { event } from '../data/event';
import { absoluteUrl } from './absoluteUrl';
import { pageTitle } from './pageTitle';

export const socialCard = {
  path: '/social-card.png',
  width: 1200,
  height: 630,
  alt: `${event.name}: the programme by day, the MoU, and whom to contact.`,
};

interface PageHeadOptions {
  /** The page's own name; omitted for the overview. */
  page?: string;
  description: string;
  /** The canonical app path, e.g. `/agenda/2023-03-22`. */
  path: string;
}

/**
 * Title, description, canonical link and link-preview tags (Open Graph, and
 * X's card type) for a route's `head()`, so prerendered HTML and the live app
 * carry the same tags.
 */
export function pageHead({ page, description, path }: PageHeadOptions) {
  const title = pageTitle(page);
  const url = absoluteUrl(path);
  const image = absoluteUrl(socialCard.path);
  return {
    meta: [
      { title },
      { name: 'description', content: description },
      { property: 'og:type', content: 'website' },
      { property: 'og:site_name', content: event.name },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: url },
      { property: 'og:image', content: image },
      { property: 'og:image:width', content: String(socialCard.width) },
      { property: 'og:image:height', content: String(socialCard.height) },
      { property: 'og:image:alt', content: socialCard.alt },
      // X falls back to og:title, og:description and og:image, so only its card type is added.
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:image:alt', content: socialCard.alt },
    ],
    links: [{ rel: 'canonical', href: url }],
  };
}
