// The Korean face: Pretendard GOV (KRDS's face, SIL OFL 1.1), subset to the
// Hangul found in src/, emitted as hashed WOFF2 assets and declared as
// 'KDD Hangul' in a virtual stylesheet that src/main.tsx imports.
// Usage: plugins: [hangulFont()] in vite.config.ts; import 'virtual:kdd-hangul.css'.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Two cuts of the face. English pages show Hangul only in the agencies' Korean
 * names (src/data), so they get a small cut of those, with its bold (search
 * marks it). Korean pages show the whole edition: one regular cut of every
 * syllable in src/, within the font budget per page, its bold synthesized by
 * the browser (a bold cut would double it). The page's language picks the
 * family (src/styles/tokens.css), and a browser fetches only what it draws.
 */
export const CUTS = {
  names: {
    family: 'KDD Hangul',
    file: 'kdd-hangul',
    weights: [400, 700],
    display: 'swap',
    skip: /(^|[\\/])i18n[\\/]ko[\\/]/,
  },
  // Preloaded by every Korean page (scripts/prerender.ts) and never swapped in late: swapping a
  // page's worth of text moved it (CLS 0.04). A browser that lacks it in time keeps its own Korean font.
  edition: { family: 'KDD Hangul Korean', file: 'kdd-hangul-ko', weights: [400], display: 'optional', skip: undefined },
} as const satisfies Record<
  string,
  { family: string; file: string; weights: readonly Weight[]; display: 'swap' | 'optional'; skip?: RegExp }
>;
export type CutName = keyof typeof CUTS;
export const FAMILY = CUTS.names.family;
/** Jamo, Compatibility Jamo, Jamo Extended-A, Syllables, Jamo Extended-B. */
export const UNICODE_RANGE = 'U+1100-11FF, U+3130-318F, U+A960-A97F, U+AC00-D7A3, U+D7B0-D7FF';
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff]/gu;
export const WEIGHTS = { 400: 'Regular', 700: 'Bold' } as const;
type Weight = keyof typeof WEIGHTS;
const ID = 'virtual:kdd-hangul.css';
const DEV_PATH = /\/@kdd-hangul\/(names|edition)\/(400|700)\.woff2$/;
const LICENCE_FILE = 'kdd-hangul-OFL.txt';

const fontDir = createRequire(import.meta.url)
  .resolve('pretendard-gov/package.json')
  .replace(/package\.json$/, 'dist/');

/** Every Hangul character in `text`, each once, in code point order. */
export function hangulIn(text: string): string {
  // Hangul is all in the Basic Multilingual Plane, so one UTF-16 unit per character sorts by code point.
  return [...new Set(text.match(HANGUL))].sort().join('');
}

/** The Hangul the site can show: every character in the source files under `dir`, tests and `skip` left out. */
export async function hangulInSources(dir: string, skip?: RegExp): Promise<{ text: string; files: string[] }> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((file) => /\.(tsx?|css|json|md)$/.test(file) && !/\.test\.tsx?$/.test(file) && !skip?.test(file))
    .map((file) => join(dir, file));
  const contents = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return { text: hangulIn(contents.join('')), files };
}

/** One weight of the face, cut down to `text`, as WOFF2. */
export async function hangulFontFile(text: string, weight: Weight): Promise<Buffer> {
  // The TrueType cut subsets smaller than the CFF one (2.7 KB against 3.3 KB for 25 syllables).
  const source = await readFile(`${fontDir}public/static/alternative/PretendardGOV-${WEIGHTS[weight]}.ttf`);
  return subsetFont(source, text, { targetFormat: 'woff2' });
}

export function fontFaceCss(family: string, urls: Partial<Record<Weight, string>>, display = 'swap'): string {
  return Object.entries(urls)
    .map(
      ([weight, url]) =>
        `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: ${display};\n` +
        `  src: url('${url}') format('woff2');\n  unicode-range: ${UNICODE_RANGE};\n}\n`,
    )
    .join('');
}

export function hangulFont(): Plugin {
  let config: ResolvedConfig;
  const cache = new Map<string, Promise<Buffer>>();
  const font = (text: string, weight: Weight) => {
    const key = `${weight}:${text}`;
    const file = cache.get(key) ?? hangulFontFile(text, weight);
    cache.set(key, file);
    return file;
  };

  return {
    name: 'hangul-font',
    configResolved: (resolved) => void (config = resolved),
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      let css = '';
      for (const [name, cut] of Object.entries(CUTS) as [CutName, (typeof CUTS)[CutName]][]) {
        const { text, files } = await hangulInSources(join(config.root, 'src'), cut.skip);
        // Editing Hangul in src/ reloads this stylesheet in dev.
        for (const file of files) this.addWatchFile(file);
        const urls: Partial<Record<Weight, string>> = {};
        for (const weight of cut.weights) {
          if (config.command === 'build') {
            const source = await font(text, weight);
            const referenceId = this.emitFile({ type: 'asset', name: `${cut.file}-${weight}.woff2`, source });
            // Vite's CSS step turns this into the asset's URL under the base path.
            urls[weight] = `__VITE_ASSET__${referenceId}__`;
          } else {
            const version = createHash('sha256').update(text).digest('hex').slice(0, 8);
            urls[weight] = `${config.base}@kdd-hangul/${name}/${weight}.woff2?v=${version}`;
          }
        }
        css += fontFaceCss(cut.family, urls, cut.display);
      }
      if (config.command === 'build') {
        const licence = await readFile(`${fontDir}LICENSE.txt`, 'utf8');
        this.emitFile({
          type: 'asset',
          fileName: LICENCE_FILE,
          source: `The 'KDD Hangul' font files (assets/kdd-hangul-*.woff2) are subsets of Pretendard GOV, under this licence:\n\n${licence}`,
        });
      }
      return css;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = request.url?.split('?')[0]?.match(DEV_PATH);
        if (!match) return next();
        const cut = CUTS[match[1] as CutName];
        hangulInSources(join(config.root, 'src'), cut.skip)
          .then(({ text }) => font(text, Number(match[2]) as Weight))
          .then((bytes) => {
            response.setHeader('Content-Type', 'font/woff2');
            response.end(bytes);
          }, next);
      });
    },
  };
}
