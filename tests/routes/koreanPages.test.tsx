import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { localeOfPath } from '../../src/i18n/locales';
import { prerenderRoutes } from '../../src/prerenderRoutes';
import { englishOutsideQuotes } from '../englishOutsideQuotes';
import { renderLoadedRoute } from '../renderRoute';

const koreanPages = prerenderRoutes().filter((path) => localeOfPath(path) === 'ko' && !path.endsWith('/agenda'));

test.each(koreanPages)('%s says everything of its own in Korean', async (path) => {
  await renderLoadedRoute(path);
  await screen.findByRole('heading', { level: 1 });
  expect(englishOutsideQuotes(document.body)).toEqual([]);
});

test('the test sees English where it is not marked as quoted', () => {
  const page = document.createElement('div');
  page.innerHTML = '<p>연락처 <span lang="en">Song Hye-in</span> Copy link</p><button aria-label="Close">x</button>';
  expect(englishOutsideQuotes(page)).toEqual(['Copy', 'link', 'Close']);
});
