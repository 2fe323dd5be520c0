// Build step: draws each page's link-preview image (1200 × 630 PNG) from the
// data, with satori (layout to SVG) and resvg (SVG to PNG), into
// <outDir>/previews/, where src/lib/pageHead.ts points each page's og:image.
// Bundled by Vite's SSR build with the prerenderer (see scripts/build.mjs).
import { renderAsync } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import subsetFont from 'subset-font';
import { event } from '../src/data/event';
import type { IsoDate } from '../src/data/types';
import { loadMessages } from '../src/i18n/catalogue';
import { locales } from '../src/i18n/locales';
import type { Locale } from '../src/i18n/locales';
import { formatDateRange } from '../src/lib/dates';
import { previewImage } from '../src/lib/pageHead';
import { type PreviewCard, previewCards, previewNamespaces } from './previewCards';

export const WIDTH = 1200;
export const HEIGHT = 630;
const BLUE = '#0b4a8b';
const GREY = '#4a5461';
const FAMILY = 'Pretendard GOV';
const PADDING = 72;
// satori wraps text only within a set width.
const TEXT_WIDTH = WIDTH - 2 * PADDING;
const BULLET = 28;
// Pretendard GOV (SIL OFL 1.1) draws Latin and Hangul alike; the static TTFs are what satori reads.
const fontDir = createRequire(import.meta.url)
  .resolve('pretendard-gov/package.json')
  .replace(/package\.json$/, 'dist/public/static/alternative/');

/** Draws every page's card in each language: English to previews/<path>.png, Korean to previews/ko/<path>.png. */
export async function renderPreviews(outDir: string, today: IsoDate): Promise<{ files: string[]; bytes: number }> {
  await Promise.all(locales.map((locale) => loadMessages(locale, ...previewNamespaces)));
  const cards = locales.flatMap((locale) => previewCards(today, locale).map((card) => ({ card, locale })));
  // One subset for both languages, cut once: it covers the Hangul of every Korean card.
  const fonts = await loadFonts(cards.map(({ card, locale }) => cardText(card, locale)).join(''));
  // Satori lays out on this thread; resvg rasterises on libuv's pool, so the
  // two languages' 44 images draw in parallel rather than one after another.
  const drawn: Array<Promise<{ file: string; bytes: number }>> = [];
  for (const { card, locale } of cards) {
    const svg = await satori(<Card card={card} locale={locale} />, { width: WIDTH, height: HEIGHT, fonts });
    const file = join(outDir, previewImage(card.path, locale));
    drawn.push(
      renderAsync(svg, { fitTo: { mode: 'original' } }).then(async (image) => {
        const png = image.asPng();
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, png);
        return { file, bytes: png.length };
      }),
    );
  }
  const written = await Promise.all(drawn);
  return { files: written.map(({ file }) => file), bytes: written.reduce((sum, { bytes }) => sum + bytes, 0) };
}

function cardText(card: PreviewCard, locale: Locale): string {
  return [header(locale), card.title, card.subtitle ?? '', ...card.facts, '…'].join('');
}

const header = (locale: Locale) => `${event.name} · ${formatDateRange(event.start, event.end, locale)}`;

/** The two weights, cut down to the characters the cards use: the whole faces are 5 MB each and slow to parse. */
async function loadFonts(text: string) {
  const weights = { 400: 'Regular', 700: 'Bold' } as const;
  return Promise.all(
    Object.entries(weights).map(async ([weight, name]) => ({
      name: FAMILY,
      weight: Number(weight) as 400 | 700,
      style: 'normal' as const,
      data: await subsetFont(await readFile(`${fontDir}PretendardGOV-${name}.ttf`), text, { targetFormat: 'sfnt' }),
    })),
  );
}

function Card({ card, locale }: { card: PreviewCard; locale: Locale }) {
  return (
    <div
      style={{
        width: WIDTH,
        height: HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        padding: `48px ${PADDING}px 40px`,
        borderTop: `16px solid ${BLUE}`,
        background: '#ffffff',
        color: '#1a1f26',
        fontFamily: FAMILY,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 18, color: GREY, fontSize: 26, fontWeight: 700 }}>
        <Mark />
        {header(locale)}
      </div>
      <div
        style={{
          display: 'block',
          width: TEXT_WIDTH,
          marginTop: 36,
          fontSize: 64,
          fontWeight: 700,
          lineHeight: 1.12,
          lineClamp: 2,
        }}
      >
        {card.title}
      </div>
      {card.subtitle && (
        <div
          lang={locale === 'ko' ? 'en' : 'ko'}
          style={{ display: 'flex', width: TEXT_WIDTH, marginTop: 12, color: GREY, fontSize: 40 }}
        >
          {card.subtitle}
        </div>
      )}
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          gap: 14,
          width: TEXT_WIDTH,
          marginTop: 32,
          overflow: 'hidden',
        }}
      >
        {card.facts.map((fact) => (
          <div key={fact} style={{ display: 'flex', alignItems: 'flex-start' }}>
            <div
              style={{
                width: 10,
                height: 10,
                marginTop: 15,
                marginRight: BULLET - 10,
                borderRadius: 5,
                background: BLUE,
              }}
            />
            <div style={{ display: 'block', width: TEXT_WIDTH - BULLET, fontSize: 30, lineHeight: 1.3, lineClamp: 2 }}>
              {fact}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

/** The site's mark, as on the social card: a K on a blue square. */
function Mark() {
  return (
    <svg width="48" height="48" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="6" fill={BLUE} />
      <path
        d="M9 8v16M9 16l9-8M11 14l8 10"
        stroke="#fff"
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
