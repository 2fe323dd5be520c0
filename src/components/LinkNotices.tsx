import { useLocale, useMessages } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import type { LinkNotes } from '../lib/linkNotes';
import { listInWords } from '../lib/listInWords';
import { truncate } from '../lib/truncate';

interface LinkNoticesProps {
  notes: LinkNotes | undefined;
  /** The page as a notice names it, in the page's language: "the directory". Needs the 'notices' messages loaded. */
  reader: string;
  readKeys: readonly string[];
}

/** “a”, “b” and “c”: values taken from an address, each cut short, in the page's language. */
export const quotedList = (values: readonly string[], locale: Locale) =>
  listInWords(
    values.map((value) => `“${truncate(value)}”`),
    locale,
  );

/** Says which parts of a link its page left out or put together, so no part of it vanishes silently. */
export function LinkNotices({ notes, reader, readKeys }: LinkNoticesProps) {
  const locale = useLocale();
  const t = useMessages('notices');
  if (!notes) return null;
  const { unreadKeys, repeatedKeys } = notes;
  return (
    <>
      {unreadKeys.length > 0 && (
        <div className="notice" role="note">
          <p>{t.unreadKeys(unreadKeys.length, reader, quotedList(unreadKeys, locale), quotedList(readKeys, locale))}</p>
        </div>
      )}
      {repeatedKeys.length > 0 && (
        <div className="notice" role="note">
          <p>{t.repeatedKeys(quotedList(repeatedKeys, locale))}</p>
        </div>
      )}
    </>
  );
}
