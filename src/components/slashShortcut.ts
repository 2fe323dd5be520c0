import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';
import { isShown } from './isShown';

// "/" jumps to the site search. A one-key shortcut can fire by accident (for
// speech input users, say), so WCAG 2.1.4 asks for a way to turn it off: the
// search page has one (features/search/SlashShortcutSetting.tsx), remembered in this browser.
export const STORAGE_KEY = 'slash-shortcut';
export const CHANGE_EVENT = 'slash-shortcut-change';

// A choice that storage refused to keep (it may be blocked): it holds for the page's life.
let unsavedChoice: boolean | undefined;

export function holdUnsavedChoice(on: boolean | undefined): void {
  unsavedChoice = on;
}

export function isSlashShortcutOn(): boolean {
  if (unsavedChoice !== undefined) return unsavedChoice;
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/**
 * Focuses the field when "/" is pressed anywhere but in a field the user is
 * typing in. `reveal` shows (and so focuses) the field where the layout folds it away.
 */
export function useSlashToFocus(field: RefObject<HTMLInputElement | null>, reveal?: () => void): void {
  const revealField = useEffectEvent(() => reveal?.());
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target) || !isSlashShortcutOn()) return;
      event.preventDefault();
      // Where the layout folds the field away, revealing it focuses it.
      if (field.current && !isShown(field.current)) return revealField();
      field.current?.focus();
      field.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [field]);
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}
