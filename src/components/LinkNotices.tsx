import type { LinkNotes } from '../lib/linkNotes';
import { listInWords } from '../lib/listInWords';
import { truncate } from '../lib/truncate';

interface LinkNoticesProps {
  notes: LinkNotes | undefined;
  /** The page as a notice names it: "the directory". */
  reader: string;
  readKeys: readonly string[];
}

const quoted = (values: readonly string[]) => listInWords(values.map((value) => `“${truncate(value)}”`));

/** Says which parts of a link its page left out or put together, so no part of it vanishes silently. */
export function LinkNotices({ notes, reader, readKeys }: LinkNoticesProps) {
  if (!notes) return null;
  const { unreadKeys, repeatedKeys } = notes;
  return (
    <>
      {unreadKeys.length > 0 && (
        <div className="notice" role="note">
          <p>
            This link had {unreadKeys.length === 1 ? 'a part' : 'parts'} {reader} doesn’t read, so{' '}
            {unreadKeys.length === 1 ? 'it was' : 'they were'} left out: {quoted(unreadKeys)}. It reads{' '}
            {quoted(readKeys)}.
          </p>
        </div>
      )}
      {repeatedKeys.length > 0 && (
        <div className="notice" role="note">
          <p>This link gave several values for {quoted(repeatedKeys)}, so they were put together.</p>
        </div>
      )}
    </>
  );
}
