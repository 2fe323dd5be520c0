import { useHydrated, useLocation } from '@tanstack/react-router';
import { slugFromHash } from './slugFromHash';

/**
 * The agenda item slug that the URL's #fragment names, or ''. Only after
 * hydration: the hash never reaches a server, so prerendered HTML cannot know it.
 */
export function useSlugFromHash(): string {
  const hash = useLocation({ select: (location) => location.hash });
  const hydrated = useHydrated();
  return hydrated ? slugFromHash(hash) : '';
}
