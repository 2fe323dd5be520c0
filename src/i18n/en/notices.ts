import { plural } from '../plural';

// What a page says about the link that opened it, and about a query it cannot
// search for: the search page and the directory share these.
const notices = {
  /** `reader` is the page as the notice names it ("the directory"); `keys` and `readKeys` come quoted and listed. */
  unreadKeys: (count: number, reader: string, keys: string, readKeys: string) =>
    `This link had ${plural(count, 'en', { one: 'a part', other: 'parts' })} ${reader} doesn’t read, so ${plural(count, 'en', { one: 'it was', other: 'they were' })} left out: ${keys}. It reads ${readKeys}.`,
  repeatedKeys: (keys: string) => `This link gave several values for ${keys}, so they were put together.`,
  /** A query with nothing to search for: "%", "../". */
  noLetters: (query: string) => `“${query}” has no letters or digits to search for`,
  /** A single Latin letter or digit, which would match nearly everything. */
  tooShort: 'Type at least two letters or digits to search',
};

export default notices;
