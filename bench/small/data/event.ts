import { source } from '../../../src/data/event';
import type { EventInfo } from '../../../src/data/types';
import { smallEvent } from '../smallEvent';

// Stands in for src/data/event.ts in a DATASET=small build. The source credit
// is the real one's: the site's footer credits the release whatever the data.
export { source };
export const event = smallEvent.event as EventInfo;
