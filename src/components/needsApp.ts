import { createContext, useContext } from 'react';

/**
 * Whether the app is running, to act on its controls. Only the prerenderer says
 * no (src/entry-server.tsx): a prerendered page's buttons and fields are
 * disabled, so a browser without JavaScript shows them off, and nothing is
 * clicked or typed before the app can take it.
 */
export const AppRunningContext = createContext(true);

type NeedsAppProps = { disabled: boolean; 'data-needs-app'?: ''; suppressHydrationWarning: true };

/**
 * A control's props: disabled and marked in a prerendered page, enabled in the app. The two differ on purpose, so
 * hydration is told not to warn: it keeps the page's disabled controls, and enableControlsForApp turns them on.
 */
export function useNeedsApp(): NeedsAppProps {
  return useContext(AppRunningContext)
    ? { disabled: false, suppressHydrationWarning: true }
    : { disabled: true, 'data-needs-app': '', suppressHydrationWarning: true };
}

/**
 * Enables the prerendered controls once hydration has committed, when their handlers are live: the page then is what
 * the app's first render says. Enabling them before hydration lost clicks that came while it rendered; re-rendering
 * them enabled after it changed every control in one commit (60 ms on the directory under Lighthouse's trace,
 * and a quarter-second of blocking time). This changes only their attributes.
 */
export function enableControlsForApp(container: HTMLElement): void {
  for (const control of container.querySelectorAll('[data-needs-app]')) {
    control.removeAttribute('disabled');
    control.removeAttribute('data-needs-app');
  }
}
