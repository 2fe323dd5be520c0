import type { ContextEntry, EventStory, OrganisationId, Quote, Speaker } from '../../../src/data/types';
import { smallEvent } from '../smallEvent';

// Stands in for src/data/eventStory.ts in a DATASET=small build: the overview's
// prose, and the people it names, who are the small event's.
export const eventStory: EventStory = smallEvent.eventStory;
export const audienceOrganisation = smallEvent.audienceOrganisation as OrganisationId;
export const minister = smallEvent.minister as Speaker;
export const context: readonly ContextEntry[] = smallEvent.context;
export const quote = smallEvent.quote as Quote;
