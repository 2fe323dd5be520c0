/**
 * Where the site will live, read once at build time from the environment.
 *
 * - SITE_URL: the public address, e.g. `https://example.org` or
 *   `https://user.github.io/repo/`. Link previews, canonical links, the
 *   sitemap, copied links and the UIDs and links in downloads need absolute
 *   URLs, and only the build knows where the site will be served. Netlify's
 *   own `URL` is used when SITE_URL is unset.
 * - BASE_PATH: the sub-path the site is served under, e.g. `/repo/`. It
 *   defaults to SITE_URL's path, so usually only SITE_URL is needed.
 *
 * A build without either address fails, so that no deployment carries a
 * localhost address by mistake. A local build (`npm run build -- --local`)
 * and the dev server, which nothing is deployed from, use LOCAL_SITE_URL.
 */
export interface SiteConfig {
  /** Scheme, host and port, without a path: `https://user.github.io`. */
  origin: string;
  /** Starts and ends with a slash: `/` or `/repo/`. */
  basePath: string;
}

/** Where `npm run preview` serves a local build. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4173';

export function readSiteConfig(env: Record<string, string | undefined>, { local }: { local: boolean }): SiteConfig {
  const given = env.SITE_URL || env.URL || (local ? LOCAL_SITE_URL : undefined);
  if (!given) {
    throw new Error(
      'SITE_URL is not set. A build for deployment needs the public address, for canonical links, link previews ' +
        'and downloads: SITE_URL=https://example.org npm run build. To build for local preview at ' +
        `${LOCAL_SITE_URL}/, run npm run build -- --local.`,
    );
  }
  const siteUrl = new URL(given);
  if (siteUrl.protocol !== 'https:' && siteUrl.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) address, not ${siteUrl.href}`);
  }
  const pathFromUrl = normalizeBasePath(siteUrl.pathname);
  const basePath = env.BASE_PATH ? normalizeBasePath(env.BASE_PATH) : pathFromUrl;
  if (pathFromUrl !== '/' && pathFromUrl !== basePath) {
    throw new Error(`SITE_URL's path (${pathFromUrl}) and BASE_PATH (${basePath}) disagree; set one of them.`);
  }
  return { origin: siteUrl.origin, basePath };
}

/** "some/sub/path" → "/some/sub/path/" */
export function normalizeBasePath(path: string): string {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
