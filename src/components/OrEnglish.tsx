import { useLocale } from '../i18n/catalogue';

/**
 * Our text in the page's language or, where its catalogue has none (an item
 * added to the data but not yet translated, or another event's data), the
 * data's English, marked as English on a page in another language.
 */
export function OrEnglish({ text, english }: { text: string | undefined; english: string }) {
  const locale = useLocale();
  if (text !== undefined) return text;
  return locale === 'en' ? english : <span lang="en">{english}</span>;
}
