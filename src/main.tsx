import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { removePrerenderedHead } from './prerenderedHead';
import { createAppRouter } from './router';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void start(container);

/**
 * Every page ships as prerendered HTML (scripts/prerender.ts), and all data is
 * in the bundle: the client re-creates the router, loads the same route and
 * hydrates, with no serialized state and so no inline script.
 */
async function start(root: HTMLElement) {
  // Let the browser paint the prerendered page before the work of hydrating.
  await afterNextPaint();
  const router = createAppRouter();
  await router.load();
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  const { pathname, searchStr } = router.state.location;
  const here = `${pathname.replace(/(.)\/$/, '$1')}${searchStr}`;
  if (root.dataset.prerendered === here) {
    // Render as the server did: TanStack sets this when it hydrates its own SSR.
    router.ssr = { manifest: undefined };
    // As a transition, hydration yields to the browser instead of one long task.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // Development, 404.html, or a filtered view whose HTML shows the full list.
    removePrerenderedHead(document.head);
    createRoot(root).render(app);
  }
}

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
