import { createContext, useContext } from 'react';

/**
 * Whether the app is running, to act on its controls. Only the prerenderer says
 * no (src/entry-server.tsx): a prerendered page's buttons and fields are
 * disabled, so a browser without JavaScript shows them off, and nothing is
 * clicked or typed before the app can take it.
 */
export const AppRunningContext = createContext(true);

type NeedsAppProps = { disabled: boolean; 'data-needs-app'?: '' };

/** A control's props: disabled and marked in a prerendered page, enabled in the app. */
export function useNeedsApp(): NeedsAppProps {
  return useContext(AppRunningContext) ? { disabled: false } : { disabled: true, 'data-needs-app': '' };
}

/**
 * Enables the prerendered controls just before the app hydrates them, so the page
 * already is what the app's first render says. Enabling them after hydration
 * instead re-rendered and changed every control in one task: 60 ms on the
 * directory under Lighthouse's trace, and a quarter-second of blocking time.
 */
export function enableControlsForApp(container: HTMLElement): void {
  for (const control of container.querySelectorAll('[data-needs-app]')) {
    control.removeAttribute('disabled');
    control.removeAttribute('data-needs-app');
  }
}
