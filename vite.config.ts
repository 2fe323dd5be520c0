import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { hangulFont } from './scripts/hangulFont.ts';
import { openData } from './scripts/openData.ts';
import { readSiteConfig } from './scripts/siteConfig.ts';

// A build names its address or says it is local (scripts/build.mjs --local); the dev server and tests are local.
const siteFor = (command: 'build' | 'serve') =>
  readSiteConfig(process.env, { local: command === 'serve' || process.env.LOCAL_BUILD === 'true' });

// DATASET=scale builds the app with a synthetic event at 100× the real one (npm run bench:scale);
// DATASET=small builds and tests it with a second, made-up event (npm run test:seam).
const dataset =
  process.env.DATASET === 'scale'
    ? import('./bench/scale/scaleDataset.ts').then(({ scaleDataset }) => scaleDataset())
    : process.env.DATASET === 'small'
      ? import('./bench/small/smallDataset.ts').then(({ smallDataset }) => smallDataset())
      : undefined;

// One date for the whole build (scripts/build.mjs sets it before building the
// client and the prerenderer), so both render the MoU status alike.
const buildDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

export default defineConfig(({ command, isSsrBuild }) => ({
  base: siteFor(command).basePath,
  define: {
    'import.meta.env.SITE_ORIGIN': JSON.stringify(siteFor(command).origin),
    'import.meta.env.BUILD_DATE': JSON.stringify(buildDate),
  },
  plugins: [
    dataset,
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      codeSplittingOptions: {
        // A route's loader comes with its component: the loaders build the pages' descriptions
        // for head(), so these cost the first load nothing and add no request.
        defaultBehavior: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
      },
    }),
    react(),
    hangulFont(),
    openData(dataset),
    serveAppForMalformedUrls(),
    scriptsAfterContent(),
  ],
  build: {
    copyPublicDir: !isSsrBuild,
    // The manifest tells the byte budget (scripts/budget.mjs) which chunks each route loads.
    manifest: true,
    // No preload helper in the first load (about 1 KB gzip with its lists of chunks): a route's
    // chunk fetches the chunks it shares when it asks for them. The prerendered pages name only
    // the shell's catalogue, which every page needs to hydrate (scripts/prerender.ts).
    modulePreload: false,
    rolldownOptions: {
      // Everything the first page loads in one chunk rather than two: one request fewer, and
      // about 1 KB less gzip, as React and the router share one compression window. Routes stay split.
      output: {
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        // A catalogue's file says its language (assets/ko-shell-<hash>.js), so a page's requests show
        // that it loads only its own (src/i18n/catalogue.ts).
        chunkFileNames: (chunk) => {
          const catalogue = chunk.facadeModuleId?.match(/\/src\/i18n\/(\w+)\/(\w+)\.ts$/);
          return catalogue ? `assets/${catalogue[1]}-${catalogue[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**', '.stryker-tmp/**'],
    testTimeout: 30_000,
    // Vitest keeps one core for itself by default, which leaves a two-core machine one worker.
    maxWorkers: '100%',
    // Only components need a DOM: building jsdom for every file was most of `npm test`'s time.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: ['{src,tests,scripts}/**/*.test.tsx'],
        },
      },
      { extends: true, test: { name: 'node', environment: 'node', include: ['{src,tests,scripts}/**/*.test.ts'] } },
    ],
  },
}));

/**
 * Prerendered pages paint without JavaScript, which only hydrates them: fetch
 * the scripts at low priority, so the stylesheet and the page come first.
 */
function scriptsAfterContent(): Plugin {
  return {
    name: 'scripts-after-content',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<(script type="module"|link rel="modulepreload")/g, '<$1 fetchpriority="low"'),
    },
  };
}

/**
 * Vite's servers answer an empty 404 for an address they cannot
 * percent-decode, such as /agenda/%E0%A4%A, before their fallback to
 * index.html. Serve the app instead, as a static host's fallback does, so that
 * its not-found page can explain and offer a way back.
 */
function serveAppForMalformedUrls(): Plugin {
  const rewrite: Connect.NextHandleFunction = (request, _response, next) => {
    const path = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (!canDecode(path)) request.url = '/index.html';
    next();
  };
  return {
    name: 'serve-app-for-malformed-urls',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

function canDecode(path: string): boolean {
  try {
    // The result is compared, not ignored, so that bundling the config cannot drop the call.
    return decodeURIComponent(path) !== undefined;
  } catch {
    return false;
  }
}
