import { beforeAll, expect, test } from 'vitest';
import { loadMessages } from '../i18n/catalogue';
import { pageHead, previewImage } from './pageHead';
import { pageTitle } from './pageTitle';

beforeAll(() => loadMessages('ko', 'shell'));

test('a page’s title names the page, then the event; the overview’s names the event and its tagline', () => {
  expect(pageTitle('Contacts', 'en')).toBe('Contacts · Korea Digital Days');
  expect(pageTitle(undefined, 'en')).toBe(
    'Korea Digital Days, Korea’s National Digital Strategy to Be Shared with the World',
  );
  expect(pageTitle('', 'en')).toBe('Korea Digital Days, Korea’s National Digital Strategy to Be Shared with the World');
});

test('in Korean, the overview’s title gives our translation of the tagline', () => {
  expect(pageTitle('연락처', 'ko')).toBe('연락처 · Korea Digital Days');
  expect(pageTitle(undefined, 'ko')).toBe('Korea Digital Days, 한국의 국가 디지털 전략, 세계와 공유한다');
});

test('each path has a preview image named after it, and the overview’s is index.png; Korean ones are under ko/', () => {
  expect(previewImage('/agenda/2023-03-22')).toBe('/previews/agenda/2023-03-22.png');
  expect(previewImage('/')).toBe('/previews/index.png');
  expect(previewImage('/agencies/')).toBe('/previews/agencies/index.png');
  expect(previewImage('/agenda/2023-03-22', 'ko')).toBe('/previews/ko/agenda/2023-03-22.png');
  expect(previewImage('/', 'ko')).toBe('/previews/ko/index.png');
});

test('a page’s head carries its title, description, canonical link, both languages and preview tags', () => {
  const head = pageHead({ page: 'The MoU', description: 'The MoU, signed on Day 1.', path: '/mou', locale: 'en' });
  const title = 'The MoU · Korea Digital Days';
  const alt = 'The MoU · Korea Digital Days. The MoU, signed on Day 1.';
  expect(head.meta).toEqual([
    { title },
    { name: 'description', content: 'The MoU, signed on Day 1.' },
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: 'Korea Digital Days' },
    { property: 'og:locale', content: 'en_GB' },
    { property: 'og:locale:alternate', content: 'ko_KR' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: 'The MoU, signed on Day 1.' },
    { property: 'og:url', content: 'http://127.0.0.1:4173/mou' },
    { property: 'og:image', content: 'http://127.0.0.1:4173/previews/mou.png' },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image', content: 'http://127.0.0.1:4173/previews/mou.png' },
    { name: 'twitter:image:alt', content: alt },
  ]);
  expect(head.links).toEqual([
    { rel: 'canonical', href: 'http://127.0.0.1:4173/mou' },
    { rel: 'alternate', hrefLang: 'en', href: 'http://127.0.0.1:4173/mou' },
    { rel: 'alternate', hrefLang: 'ko', href: 'http://127.0.0.1:4173/ko/mou' },
    { rel: 'alternate', hrefLang: 'x-default', href: 'http://127.0.0.1:4173/mou' },
  ]);
});

test('a Korean page’s head points at the Korean address and image, with English as the alternate', () => {
  const head = pageHead({ page: '양해각서', description: '1일 차에 서명.', path: '/mou', locale: 'ko' });
  expect(head.meta).toContainEqual({ property: 'og:locale', content: 'ko_KR' });
  expect(head.meta).toContainEqual({ property: 'og:locale:alternate', content: 'en_GB' });
  expect(head.meta).toContainEqual({ property: 'og:url', content: 'http://127.0.0.1:4173/ko/mou' });
  expect(head.meta).toContainEqual({ property: 'og:image', content: 'http://127.0.0.1:4173/previews/ko/mou.png' });
  expect(head.links).toEqual([
    { rel: 'canonical', href: 'http://127.0.0.1:4173/ko/mou' },
    { rel: 'alternate', hrefLang: 'en', href: 'http://127.0.0.1:4173/mou' },
    { rel: 'alternate', hrefLang: 'ko', href: 'http://127.0.0.1:4173/ko/mou' },
    { rel: 'alternate', hrefLang: 'x-default', href: 'http://127.0.0.1:4173/mou' },
  ]);
});
