import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI shares two cores with CPU-heavy fuzz tests; route matching is async, so
// give findBy/waitFor more than the default second before calling it a miss.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// Tests of the prerenderer run in Node (`@vitest-environment node`), with no DOM.
if (typeof window !== 'undefined') {
  // jsdom has no layout, so it lacks the scrolling APIs the app calls.
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView = function scrollIntoView() {};

  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
