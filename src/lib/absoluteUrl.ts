/**
 * The public, absolute address of an app path such as `/agenda/2023-03-22` or
 * `/contacts?agency=kisa`: the site's origin (SITE_URL) and base path come
 * from the build, so links work wherever they are pasted. The dev server runs
 * on whatever host and port it was given, and nothing is deployed from it, so
 * there links point to the page's own origin.
 */
export function absoluteUrl(appPath: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const origin =
    import.meta.env.DEV && typeof window !== 'undefined' ? window.location.origin : import.meta.env.SITE_ORIGIN;
  return `${origin}${base}${appPath}`;
}
