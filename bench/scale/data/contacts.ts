import type { Contact } from '../../../src/data/types';
import { scaleEvent } from '../scaleEvent';

// Stands in for src/data/contacts.ts in a DATASET=scale build. The made-up
// ids are plain strings where the app's types name the real ones: this is
// the seam where they are narrowed back.
export const contacts = scaleEvent.contacts as readonly Contact[];
