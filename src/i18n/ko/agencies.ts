import type { Messages } from '../messages';

const agencies: Messages['agencies'] = {
  listTitle: '기관',
  pageTitle: (agency) => `${agency.shortName}, ${agency.nameKo}`,
};

export default agencies;
