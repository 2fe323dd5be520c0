/**
 * The public, absolute address of an app path such as `/agenda/2023-03-22` or
 * `/contacts?agency=kisa`: the site's origin (SITE_URL) and base path come
 * from the build, so links work wherever they are pasted.
 */
export function absoluteUrl(appPath: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${import.meta.env.SITE_ORIGIN}${base}${appPath}`;
}
