import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { EventDay } from '../../data/types';
import { dayOfItem } from './dayOfItem';
import { useSlugFromHash } from './useSlugFromHash';

/**
 * A link to another day's item (/agenda/2023-03-21#enhancing-cyber-security-and-resilience)
 * opens that item's day in its place, where the item is highlighted as usual.
 */
export function useItemOnItsOwnDay(day: EventDay): void {
  const slug = useSlugFromHash();
  const navigate = useNavigate();
  const itsDay = slug ? dayOfItem(slug)?.id : undefined;
  const elsewhere = itsDay === day.id ? undefined : itsDay;

  useEffect(() => {
    if (elsewhere) void navigate({ to: '/agenda/$day', params: { day: elsewhere }, hash: slug, replace: true });
  }, [elsewhere, slug, navigate]);
}
