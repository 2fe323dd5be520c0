import type { ItemKind } from '../data/types';

export const kindLabel: Record<ItemKind, string> = {
  remarks: 'Remarks',
  signing: 'Signing',
  presentation: 'Presentation',
  keynote: 'Keynote',
  ceremony: 'Ceremony',
};
