// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { previewCards, previewNamespaces } from '../scripts/previewCards';
import { renderPreviews } from '../scripts/renderPreviews';
import { days } from '../src/data/agenda';
import { agencies } from '../src/data/organisations';
import { renderPage } from '../src/entry-server';
import { loadMessages } from '../src/i18n/catalogue';
import { slugify } from '../src/lib/slugify';
import { prerenderRoutes } from '../src/prerenderRoutes';

let outDir = '';
let drawn: string[] = [];
beforeAll(async () => {
  await loadMessages('en', ...previewNamespaces);
  await loadMessages('ko', ...previewNamespaces);
  outDir = await mkdtemp(join(tmpdir(), 'previews-'));
  drawn = (await renderPreviews(outDir, '2026-11-30')).files;
}, 120_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

/** A tag's attribute from rendered head HTML, e.g. meta property="og:image" → its content. */
function tag(head: string, attribute: 'property' | 'name', key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(head)?.[1]?.replaceAll('&amp;', '&');
}

/** Width and height from a PNG's header (its IHDR chunk), or nothing if it is not a PNG. */
function pngSize(file: Buffer): [number, number] | undefined {
  if (file.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return undefined;
  return [file.readUInt32BE(16), file.readUInt32BE(20)];
}

test('every prerendered page points its og:image and twitter:image at a 1200 × 630 PNG of its own, with alt text', async () => {
  const images = new Set<string>();
  for (const path of prerenderRoutes()) {
    const page = await renderPage(path);
    if (page.status !== 200) continue;
    const image = tag(page.head, 'property', 'og:image');
    expect(image, path).toBeDefined();
    expect(tag(page.head, 'name', 'twitter:image'), path).toBe(image);
    const title = /<title>([^<]*)<\/title>/.exec(page.head)?.[1];
    expect(tag(page.head, 'property', 'og:image:alt'), path).toContain(`${title}. `);
    const file = join(outDir, new URL(image ?? '').pathname);
    expect(pngSize(await readFile(file)), path).toEqual([1200, 630]);
    images.add(file);
  }
  expect(images.size, 'one image per page').toBe(
    prerenderRoutes().filter((path) => !['/agenda', '/ko/agenda'].includes(path)).length,
  );
});

test('each day, the MoU, each agency, each person, the directory and the overview get an image', () => {
  const paths = [
    '/',
    ...days.map((day) => `/agenda/${day.id}`),
    '/mou',
    ...agencies.map((agency) => `/agencies/${agency.id}`),
    '/contacts',
    ...[
      'Guangzhe Chen',
      'Manuela V. Ferro',
      'Ryu Kwang Jun',
      'Hur Sung-Wook',
      'Hwang Jong Sung',
      'Lee Won Tae',
      'Yoon Heajeang',
    ].map((name) => `/people/${slugify(name)}`),
  ];
  for (const path of paths) {
    const file = `${path === '/' ? '/index' : path}.png`;
    expect(drawn, path).toContain(join(outDir, 'previews', file));
    expect(drawn, `Korean ${path}`).toContain(join(outDir, 'previews', 'ko', file));
  }
});

test('the Korean images are 1200 × 630 PNGs, one for each English one', async () => {
  const english = drawn.filter((file) => !file.startsWith(join(outDir, 'previews', 'ko/')));
  const korean = drawn.filter((file) => file.startsWith(join(outDir, 'previews', 'ko/')));
  expect(korean.map((file) => file.replace('/previews/ko/', '/previews/'))).toEqual(english);
  for (const file of korean) expect(pngSize(await readFile(file)), file).toEqual([1200, 630]);
});

test('the cards show each page’s key facts from the data', () => {
  const cards = new Map(previewCards('2026-11-30', 'en').map((card) => [card.path, card]));
  expect(cards.get('/agenda/2023-03-22')).toMatchObject({
    title: 'Day 2, Wednesday 22 March 2023',
    facts: [
      'Hwang Jong Sung: “A New Journey to Digital Platform Government”',
      'Lee Won Tae: “Enhancing Cyber Security and Resilience”',
    ],
  });
  expect(cards.get('/agencies/kisa')).toMatchObject({
    title: 'Korea Internet and Security Agency',
    subtitle: '한국인터넷진흥원',
  });
  expect(cards.get('/agencies/kisa')?.facts).toContain('2 contacts');
  expect(cards.get('/mou')?.facts).toEqual(
    expect.arrayContaining(['Signed by MSIT and the World Bank on 21 March 2023', 'Its term ended on 21 March 2026']),
  );
  expect(previewCards('2025-01-01', 'en').find((card) => card.path === '/mou')?.facts).toContain(
    'In effect until 21 March 2026',
  );
  expect(cards.get('/contacts')?.facts).toContain('10 contacts at 5 agencies');
});

test('the Korean cards say the same facts in Korean, quoting names and titles in English', () => {
  const cards = new Map(previewCards('2026-11-30', 'ko').map((card) => [card.path, card]));
  expect(cards.get('/agenda/2023-03-22')).toMatchObject({
    title: '2일 차, 2023년 3월 22일 (수)',
    facts: [
      'Hwang Jong Sung: “A New Journey to Digital Platform Government”',
      'Lee Won Tae: “Enhancing Cyber Security and Resilience”',
    ],
  });
  expect(cards.get('/agenda/2023-03-23')?.facts).toContain('세계은행: 폐막식');
  expect(cards.get('/agencies/kisa')).toMatchObject({
    title: '한국인터넷진흥원',
    subtitle: 'Korea Internet and Security Agency',
  });
  expect(cards.get('/agencies/kisa')?.facts).toEqual(expect.arrayContaining(['KISA · 산하기관', '연락처 2명']));
  expect(cards.get('/mou')).toMatchObject({
    title: '디지털 개발 협력 양해각서',
    facts: expect.arrayContaining(['2023년 3월 21일 과학기술정보통신부 및 세계은행 서명', '2026년 3월 21일에 종료']),
  });
  expect(cards.get('/contacts')?.facts).toContain('기관 5곳의 연락처 10명');
  expect(cards.get('/')?.facts).toContain('2023년 3월 21일~23일');
});

test('every card fits its image: at most five facts (long ones are cut to two lines with an ellipsis)', () => {
  for (const locale of ['en', 'ko'] as const)
    for (const card of previewCards('2026-11-30', locale)) expect(card.facts.length, card.path).toBeLessThanOrEqual(5);
});
