// The production build: Vite builds the client into dist/, Vite's SSR build
// bundles the prerenderer and the preview renderer, the prerenderer writes one
// HTML file per page, the preview renderer one link-preview image per page,
// inlineStylesheet puts the stylesheet into each, and applyCsp puts the
// Content-Security-Policy into every page.
// Usage: SITE_URL=https://example.org node scripts/build.mjs [--outDir dist]
//        node scripts/build.mjs --local [--outDir dist]   (for local preview: no SITE_URL needed)
//        --no-minify keeps the code's names, for a profile that names functions (npm run bench:scale -- --trace)
//        --no-previews draws no link-preview images: a benchmark's build needs none, and at scale they take minutes
import { rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { applyCsp } from './applyCsp.mjs';
import { inlineStylesheet } from './inlineStylesheet.mjs';

const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    local: { type: 'boolean', default: false },
    'no-minify': { type: 'boolean', default: false },
    'no-previews': { type: 'boolean', default: false },
  },
});
const outDir = resolve(values.outDir);
const prerenderDir = resolve('.prerender', basename(outDir));

process.env.NODE_ENV = 'production';
// Read by vite.config.ts: without SITE_URL, only a build that says it is local may go on.
if (values.local) process.env.LOCAL_BUILD = 'true';
// One date for both builds, so client and prerendered HTML agree on the MoU status.
process.env.BUILD_DATE ??= new Date().toISOString().slice(0, 10);

await build({ build: { outDir, emptyOutDir: true, minify: !values['no-minify'] } });
await build({
  build: {
    ssr: true,
    rollupOptions: { input: ['scripts/prerender.ts', 'scripts/renderPreviews.tsx'] },
    outDir: prerenderDir,
    emptyOutDir: true,
  },
});
const { prerender } = await import(pathToFileURL(join(prerenderDir, 'prerender.js')).href);
const { renderPreviews } = await import(pathToFileURL(join(prerenderDir, 'renderPreviews.js')).href);
const { files, siteRoot } = await prerender(outDir);
console.log(`Prerendered ${files.length} files into ${values.outDir}/ for ${siteRoot}`);
if (!values['no-previews']) {
  const started = performance.now();
  const previews = await renderPreviews(outDir, process.env.BUILD_DATE);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Drew ${previews.files.length} preview images (${Math.round(previews.bytes / 1024)} KB) in ${seconds} s`);
}
await rm(prerenderDir, { recursive: true, force: true });
const inlined = await inlineStylesheet(outDir);
console.log(`Stylesheet ${inlined.stylesheets.join(', ')} inlined into ${inlined.pages} pages`);
const { pages, policy } = await applyCsp(outDir);
console.log(`Content-Security-Policy applied to ${pages} pages:\n  ${policy}`);
if (!process.env.SITE_URL && !process.env.URL) {
  console.log(`Built for local preview at ${siteRoot} (npm run preview): not for deployment`);
}
