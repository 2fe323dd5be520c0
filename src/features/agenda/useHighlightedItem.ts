import { useEffect } from 'react';
import type { EventDay } from '../../data/types';
import { useSlugFromHash } from './useSlugFromHash';

/** The item of this day that the URL's #slug names, scrolled to and focused; '' if none. */
export function useHighlightedItem(day: EventDay): string {
  const named = useSlugFromHash();
  const slug = day.items.some((item) => item.slug === named) ? named : '';

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
