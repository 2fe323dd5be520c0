import { event } from '../data/event';

export function pageTitle(page?: string): string {
  return page ? `${page} · ${event.name}` : `${event.name}, ${event.tagline}`;
}
