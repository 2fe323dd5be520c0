import type { Mou } from '../../../src/data/types';
import { smallEvent } from '../smallEvent';

// Stands in for src/data/mou.ts in a DATASET=small build.
export const mou = smallEvent.mou as Mou;
