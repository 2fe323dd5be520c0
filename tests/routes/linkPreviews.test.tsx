import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderRoute } from '../renderRoute';

const pages = [
  { url: '/', title: 'Korea Digital Days, Korea’s National Digital Strategy to Be Shared with the World', path: '/' },
  { url: '/agenda/2023-03-22', title: 'Day 2, 22 March 2023 · Korea Digital Days', path: '/agenda/2023-03-22' },
  // A link to one item shares its day's preview.
  {
    url: '/agenda/2023-03-22#enhancing-cyber-security-and-resilience',
    title: 'Day 2, 22 March 2023 · Korea Digital Days',
    path: '/agenda/2023-03-22',
  },
  { url: '/mou', title: 'The MoU · Korea Digital Days', path: '/mou' },
  { url: '/contacts?agency=kisa', title: 'Contacts · Korea Digital Days', path: '/contacts' },
  {
    url: '/agencies/kisa',
    title: 'KISA, Korea Internet and Security Agency · Korea Digital Days',
    path: '/agencies/kisa',
  },
];

function content(selector: string): string | null {
  const found = document.head.querySelectorAll(selector);
  expect(found, selector).toHaveLength(1);
  return found[0]?.getAttribute(selector.startsWith('link') ? 'href' : 'content') ?? null;
}

test.each(pages)(
  '$url has its own title, description, canonical link, preview tags and preview image',
  async ({ url, title, path }) => {
    renderRoute(url);
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe(title);

    const canonical = content('link[rel="canonical"]');
    expect(canonical).toMatch(/^https?:\/\/[^/]+/);
    expect(new URL(canonical ?? '').pathname).toBe(path);
    expect(content('meta[property="og:url"]')).toBe(canonical);
    expect(content('meta[property="og:title"]')).toBe(title);
    // X reads the Open Graph title, description and image; only the card type is its own.
    expect(document.head.querySelector('meta[name="twitter:title"]')).toBeNull();

    const description = content('meta[name="description"]');
    expect(description?.length).toBeGreaterThan(60);
    expect(content('meta[property="og:description"]')).toBe(description);
    expect(content('meta[property="og:type"]')).toBe('website');
    // Each page its own image, named after its path: /previews/agenda/2023-03-22.png, /previews/index.png for /.
    const image = content('meta[property="og:image"]');
    expect(new URL(image ?? '').pathname).toBe(`/previews${path === '/' ? '/index' : path}.png`);
    expect(content('meta[name="twitter:image"]')).toBe(image);
    expect(content('meta[property="og:image:alt"]')).toBe(`${title}. ${description}`);
    expect(content('meta[name="twitter:card"]')).toBe('summary_large_image');
  },
);

test('each day’s description names its talks from the data', async () => {
  renderRoute('/agenda/2023-03-22');
  await screen.findByRole('heading', { level: 1 });
  expect(content('meta[name="description"]')).toBe(
    'Day 2 of Korea Digital Days, Wednesday 22 March 2023: “A New Journey to Digital Platform Government” by Hwang Jong Sung (NIA); “Enhancing Cyber Security and Resilience” by Lee Won Tae (KISA).',
  );
});

test('a Korean page points its preview at the Korean image, with a Korean title', async () => {
  renderRoute('/ko/search?q=kisa');
  await screen.findByRole('heading', { level: 1, name: '검색' });
  const image = content('meta[property="og:image"]');
  expect(new URL(image ?? '').pathname).toBe('/previews/ko/search.png');
  expect(content('meta[name="twitter:image"]')).toBe(image);
  expect(new URL(content('link[rel="canonical"]') ?? '').pathname).toBe('/ko/search');
  expect(content('meta[property="og:title"]')).toMatch(/^검색: kisa/);
  expect(content('meta[name="description"]')).toMatch(/검색: 일정, 발표자, 기관, 연락처와 양해각서의 협력 분야\.$/);
});
