import type { ContactRole } from '../data/types';

export const roleLabel: Record<ContactRole, string> = {
  head: 'Head',
  'point-of-contact': 'Point of contact',
};
