import type { Contact } from '../../../src/data/types';
import { smallEvent } from '../smallEvent';

// Stands in for src/data/contacts.ts in a DATASET=small build. The made-up ids
// are plain strings where the app's types name the real ones: this is the seam
// where they are narrowed back.
export const contacts = smallEvent.contacts as readonly Contact[];
