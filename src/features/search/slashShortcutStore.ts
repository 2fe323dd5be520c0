import { useSyncExternalStore } from 'react';
import { CHANGE_EVENT, STORAGE_KEY, holdUnsavedChoice, isSlashShortcutOn } from '../../components/slashShortcut';

// The switch for the "/" shortcut, apart from the shortcut itself: only the
// search page offers it, so it loads with that page, not with every page.

export function setSlashShortcut(on: boolean): void {
  try {
    if (on) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, 'off');
    holdUnsavedChoice(undefined);
  } catch {
    // Storage may be blocked; the choice then lasts until the page reloads.
    holdUnsavedChoice(on);
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** The setting, read after hydration; prerendered HTML shows the default, on. */
export function useSlashShortcutSetting(): boolean {
  return useSyncExternalStore(subscribe, isSlashShortcutOn, () => true);
}
