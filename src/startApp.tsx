import { RouterProvider } from '@tanstack/react-router';
import type { ParsedLocation, RouterHistory } from '@tanstack/react-router';
import { StrictMode, startTransition, useLayoutEffect } from 'react';
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { enableControlsForApp } from './components/needsApp';
import { takePrerenderedHead } from './prerenderedHead';
import { placeForFreshRender } from './prerenderedBody';
import { afterNextPaint, nextTask } from './yieldToBrowser';
import { localizedPath } from './i18n/locales';
import type { Locale } from './i18n/locales';
import { formatsElementId, takeFormats } from './i18n/prerenderedFormats';
import { createAppRouter } from './router';

/**
 * Every page ships as prerendered HTML (scripts/prerender.ts), and all data is
 * in the bundle: the client re-creates the router, loads the same route and
 * hydrates, with no serialized state and so no inline script.
 */
export async function startApp(container: HTMLElement, history?: RouterHistory): Promise<Root> {
  // Let the browser paint the prerendered page before the work of hydrating.
  await afterNextPaint();
  // The dates, lists and counts of the page, and of the filtered views its HTML is served for, come
  // with it: neither hydrating nor drawing such a view makes an Intl formatter (loading ICU's data).
  takeFormats(document.getElementById(formatsElementId)?.textContent);
  const router = createAppRouter(history);
  // 404.html serves every unknown address, in either language: the page's language is the address's.
  // Only when it differs: setting `lang`, even to its own value, restyles and lays out the whole page.
  const { locale } = router.options.context;
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  await router.load();
  // Loading ends in the task that ran the route's code; hydration starts in a fresh one.
  await nextTask();
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  if (container.dataset.prerendered === addressOf(router.state.location, locale)) {
    // Render as the server did: TanStack sets this when it hydrates its own SSR.
    router.ssr = { manifest: undefined };
    const enableControls = () => enableControlsForApp(container);
    let root: Root | undefined;
    // As a transition, hydration yields to the browser instead of one long task.
    startTransition(() => {
      root = hydrateRoot(container, <OnFirstCommit callback={enableControls}>{app}</OnFirstCommit>);
    });
    if (!root) throw new Error('hydrateRoot did not run');
    return root;
  }
  // Development, 404.html, or a filtered view whose HTML shows the full list.
  // The prerendered head and page stay until React has put in its own, so the page is never blank or untitled.
  const removePrerenderedHead = takePrerenderedHead(document.head);
  const { target, showTarget } = placeForFreshRender(container);
  const showPage = () => {
    removePrerenderedHead();
    showTarget();
  };
  const root = createRoot(target);
  // As a transition, this render too yields to the browser instead of one long task.
  startTransition(() => root.render(<OnFirstCommit callback={showPage}>{app}</OnFirstCommit>));
  return root;
}

/** Calls back once its children are in the document (head tags included), before the browser paints. */
function OnFirstCommit({ callback, children }: { callback: () => void; children: ReactNode }) {
  useLayoutEffect(callback, [callback]);
  return children;
}

/** The address as the prerenderer named it, with the language's prefix (/ko/mou). */
function addressOf({ pathname, searchStr }: ParsedLocation, locale: Locale): string {
  return `${localizedPath(pathname, locale).replace(/(.)\/$/, '$1')}${searchStr}`;
}
