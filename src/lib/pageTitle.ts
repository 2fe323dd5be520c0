import { event } from '../data/event';
import { messagesOf } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';

/** "MoU · Korea Digital Days"; the overview's is the event's name and the release's title (in Korean, our translation of it). */
export function pageTitle(page: string | undefined, locale: Locale): string {
  if (page) return `${page} · ${event.name}`;
  return `${event.name}, ${locale === 'en' ? event.tagline : messagesOf(locale, 'shell').taglineTranslation}`;
}
