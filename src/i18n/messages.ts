import type agencies from './en/agencies';
import type agenda from './en/agenda';
import type contacts from './en/contacts';
import type data from './en/data';
import type mou from './en/mou';
import type notices from './en/notices';
import type overview from './en/overview';
import type people from './en/people';
import type search from './en/search';
import type shell from './en/shell';

/**
 * The shape of every catalogue, set by the English one: a Korean catalogue
 * that misses a key, or gives a message other arguments, does not type-check.
 */
export interface Messages {
  agencies: typeof agencies;
  agenda: typeof agenda;
  contacts: typeof contacts;
  data: typeof data;
  mou: typeof mou;
  notices: typeof notices;
  overview: typeof overview;
  people: typeof people;
  search: typeof search;
  shell: typeof shell;
}

export type Namespace = keyof Messages;
