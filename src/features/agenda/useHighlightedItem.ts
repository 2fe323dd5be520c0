import { useHydrated, useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';
import { slugFromHash } from './slugFromHash';

/**
 * The agenda item named by the URL's #slug. Only after hydration: the hash
 * never reaches a server, so prerendered HTML cannot know it.
 */
export function useHighlightedItem(): string {
  const hash = useLocation({ select: (location) => location.hash });
  const hydrated = useHydrated();
  const slug = hydrated ? slugFromHash(hash) : '';

  useEffect(() => {
    if (!slug) return;
    const target = document.getElementById(slug);
    if (!target) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  }, [slug]);

  return slug;
}
