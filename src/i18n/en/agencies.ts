import type { Agency } from '../../data/types';

const agencies = {
  listTitle: 'Agencies',
  pageTitle: (agency: Agency) => `${agency.shortName}, ${agency.name}`,
};

export default agencies;
