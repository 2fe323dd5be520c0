import { createMemoryHistory } from '@tanstack/react-router';
import { RouterServer } from '@tanstack/react-router/ssr/server';
import { renderToString } from 'react-dom/server';
import { AppRunningContext } from './components/needsApp';
import { recordCatalogues } from './i18n/catalogue';
import type { Locale } from './i18n/locales';
import { recordFormats } from './i18n/prerenderedFormats';
import { createAppRouter } from './router';

export interface RenderedPage {
  /** The tags React hoisted into <head>: title, meta, canonical link. */
  head: string;
  /** The markup inside #root. */
  body: string;
  /** The page's language, for <html lang>. */
  lang: Locale;
  /** The catalogue modules the page's words came from, e.g. "src/i18n/ko/shell.ts". */
  catalogues: string[];
  /** What Intl formatted for the page, for the app to hydrate it with (prerenderedFormats.ts). */
  formats: Record<string, string>;
  status: 200 | 301 | 404 | 500;
  /** Where the page redirects, as a public path, when status is 301. */
  redirect?: string;
}

/**
 * Renders one page at build time. React renders a whole document so that it
 * hoists each page's <title>, <meta> and <link> into <head>; the build step
 * moves head and body into Vite's index.html. `servedViews` are the other
 * addresses its HTML is served for (prerenderRoutes.ts): the app draws them
 * afresh, and the page carries what Intl formats for them too.
 */
export async function renderPage(publicPath: string, servedViews: readonly string[] = []): Promise<RenderedPage> {
  const page = await renderOnePage(publicPath);
  for (const view of servedViews) Object.assign(page.formats, (await renderOnePage(view)).formats);
  return page;
}

async function renderOnePage(publicPath: string): Promise<RenderedPage> {
  const history = createMemoryHistory({ initialEntries: [publicPath] });
  const router = createAppRouter(history, { isServer: true, scrollRestoration: false });
  const stopRecording = recordCatalogues();
  const stopRecordingFormats = recordFormats();
  await router.load();
  const catalogues = stopRecording();
  // What TanStack's own request handler reads: the outcome of the server load.
  const result = router._serverResult;
  if (result?.type === 'redirect') {
    return {
      head: '',
      body: '',
      lang: router.options.context.locale,
      catalogues,
      formats: stopRecordingFormats(),
      status: 301,
      redirect: result.redirect.headers.get('Location') ?? '/',
    };
  }

  const html = renderToString(
    <html lang={router.options.context.locale}>
      <head />
      <body>
        <div id="root">
          <AppRunningContext value={false}>
            <RouterServer router={router} />
          </AppRunningContext>
        </div>
      </body>
    </html>,
  );
  const formats = stopRecordingFormats();
  return {
    head: between(html, '<head>', '</head>'),
    body: between(html, '<div id="root">', '</div></body>'),
    lang: router.options.context.locale,
    catalogues,
    formats,
    status: result?.status ?? 200,
  };
}

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  const to = html.lastIndexOf(end);
  if (from < 0 || to < from) throw new Error(`Rendered page lacks ${start}…${end}`);
  return html.slice(from + start.length, to);
}
