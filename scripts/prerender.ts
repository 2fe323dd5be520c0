import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { renderPage } from '../src/entry-server';
import type { RenderedPage } from '../src/entry-server';
import { localeOfPath, locales, localizedPath, withoutLocale } from '../src/i18n/locales';
import { formatsScript } from '../src/i18n/prerenderedFormats';
import { absoluteUrl } from '../src/lib/absoluteUrl';
import { wrapPrerenderedHead } from '../src/prerenderedHead';
import { prerenderRoutes, viewsServedByPage } from '../src/prerenderRoutes';
import { caseVariants } from './caseVariants';
import { structuredDataFor, structuredDataScript } from './structuredData';

/**
 * Build step, after Vite has built the client into `outDir`: renders every
 * route into its own `index.html`, so any static host serves each deep link as
 * a plain file, with schema.org data for what it shows (./structuredData.ts),
 * then writes 404.html, sitemap.xml and robots.txt.
 * Bundled by Vite's SSR build (see scripts/build.mjs).
 */
export async function prerender(outDir: string): Promise<{ files: string[]; siteRoot: string }> {
  const template = await readFile(join(outDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const fillTemplate = (page: RenderedPage, appPath: string) =>
    fillTemplateWith(template, page, appPath, preloadLinks(page, manifest));
  const written: string[] = [];
  const canonical: string[] = [];
  const destinations = new Map<string, string>();

  for (const appPath of prerenderRoutes()) {
    const page = await renderPage(publicPath(appPath), viewsServedByPage(appPath).map(publicPath));
    const file = join(outDir, appPath, 'index.html');
    if (page.status === 301 && page.redirect) {
      await writeText(file, redirectPage(page.redirect));
      destinations.set(appPath, page.redirect);
    } else if (page.status === 200) {
      await writeText(file, fillTemplate(page, appPath));
      canonical.push(appPath);
      destinations.set(appPath, publicPath(appPath));
    } else {
      throw new Error(`Prerendering ${appPath} answered ${page.status}`);
    }
    written.push(file);
  }

  // A static host matches paths case by case, so /Contacts would be its 404.html: give the
  // common slips a file that forwards, as the app does for any slip (src/routes/__root.tsx).
  // On a file system that ignores case, such a file would overwrite the page itself.
  if (await ignoresCase(outDir)) {
    console.warn(`${outDir} ignores letter case: no redirect pages for /Contacts and the like`);
  } else {
    for (const [appPath, destination] of destinations) {
      // A slip in the /ko prefix itself takes two hops (the router puts the prefix right first), so
      // only the rest of a Korean path varies here.
      const locale = localeOfPath(appPath);
      for (const slip of caseVariants(withoutLocale(appPath)).map((path) => localizedPath(path, locale))) {
        const page = await renderPage(publicPath(slip));
        if (page.redirect !== publicPath(appPath)) {
          throw new Error(`The router should send ${slip} to ${appPath}, but answered ${page.status} ${page.redirect}`);
        }
        const file = join(outDir, slip, 'index.html');
        await writeText(file, redirectPage(destination));
        written.push(file);
      }
    }
  }

  // Static hosts answer unknown paths with 404.html; the app then renders the
  // right not-found page for the address.
  const notFoundPath = '/404.html';
  const notFound = await renderPage(publicPath(notFoundPath));
  if (notFound.status !== 404) throw new Error(`${notFoundPath} should be not found, got ${notFound.status}`);
  await writeText(join(outDir, '404.html'), fillTemplate(notFound, notFoundPath));

  await writeText(join(outDir, 'sitemap.xml'), sitemap(canonical));
  await writeText(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
  return { files: [...written, '404.html', 'sitemap.xml', 'robots.txt'], siteRoot: absoluteUrl('/') };
}

/** "/agenda/2023-03-22" → "/some/sub/path/agenda/2023-03-22" */
function publicPath(appPath: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${appPath}`;
}

type Manifest = Record<string, { file: string }>;

/**
 * The shell's catalogue (the words around every page, in its language), named
 * in the page so that the browser fetches it beside the entry: the router
 * needs it before it can hydrate. A route's own chunks and catalogues are not
 * named: fetched early, they would compete with what paints the page.
 */
function preloadLinks(page: RenderedPage, manifest: Manifest): string {
  // A Korean page's text waits for no swap (scripts/hangulFont.ts): fetch its face at once.
  const face = Object.values(manifest).find(({ file }) => /\/kdd-hangul-ko-400-[\w-]+\.woff2$/.test(file));
  const fontLink =
    page.lang === 'ko' && face
      ? `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeAttribute(publicPath(`/${face.file}`))}">`
      : '';
  return (
    fontLink +
    page.catalogues
      .filter((module) => /\/shell\.ts$/.test(module))
      .map((module) => {
        const chunk = manifest[module];
        if (!chunk) throw new Error(`${module} is not in the client build's manifest`);
        return `<link rel="modulepreload" fetchpriority="low" crossorigin href="${escapeAttribute(publicPath(`/${chunk.file}`))}">`;
      })
      .join('')
  );
}

function fillTemplateWith(template: string, page: RenderedPage, appPath: string, preloads: string): string {
  const headSlot = /<!--app-head\b.*?-->/s;
  const root = '<div id="root"></div>';
  if (!headSlot.test(template) || !template.includes(root)) {
    throw new Error('index.html needs an <!--app-head--> comment and an empty #root');
  }
  // Marks what the HTML was rendered for: the client hydrates it only at that
  // address, and renders afresh anywhere else (404.html, filtered views).
  const data = structuredDataFor(withoutLocale(appPath));
  const head = data ? `${page.head}${structuredDataScript(data)}` : page.head;
  return template
    .replace('<html lang="en">', () => `<html lang="${page.lang}">`)
    .replace(headSlot, () => wrapPrerenderedHead(head))
    .replace('</head>', () => `${preloads}</head>`)
    .replace(
      root,
      () =>
        `<div id="root" data-prerendered="${escapeAttribute(appPath.replace(/(.)\/$/, '$1'))}">${page.body}</div>${formatsScript(page.formats)}`,
    );
}

async function ignoresCase(outDir: string): Promise<boolean> {
  return access(join(outDir, 'INDEX.HTML')).then(
    () => true,
    () => false,
  );
}

/**
 * Sends the reader on to `location`. With JavaScript, public/redirect.js keeps the
 * link's ?query and #fragment; without it, the refresh goes to the bare path.
 */
function redirectPage(location: string): string {
  const href = escapeAttribute(location);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="${escapeAttribute(publicPath('/favicon.svg'))}" type="image/svg+xml" />
    <script src="${escapeAttribute(publicPath('/redirect.js'))}" data-to="${href}"></script>
    <noscript><meta http-equiv="refresh" content="0; url=${href}" /></noscript>
    <link rel="canonical" href="${escapeAttribute(new URL(location, import.meta.env.SITE_ORIGIN).href)}" />
    <title>Redirecting</title>
  </head>
  <body>
    <p><a href="${href}">Continue</a></p>
  </body>
</html>
`;
}

/** Every page, each with its editions in every language (hreflang), as in the pages' heads. */
function sitemap(appPaths: readonly string[]): string {
  const entries = appPaths.map((appPath) => {
    const path = withoutLocale(appPath);
    const alternates = [
      ...locales.map((locale) => [locale, absoluteUrl(localizedPath(path, locale))]),
      ['x-default', absoluteUrl(path)],
    ].map(([lang, url]) => `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(url ?? '')}"/>`);
    return `  <url>\n    <loc>${escapeXml(absoluteUrl(appPath))}</loc>${alternates.join('')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

async function writeText(file: string, text: string) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function escapeXml(value: string): string {
  return escapeAttribute(value).replaceAll('>', '&gt;').replaceAll("'", '&apos;');
}
