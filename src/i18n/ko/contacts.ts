import type { Messages } from '../messages';

const contacts: Messages['contacts'] = {
  pageTitle: '연락처',
};

export default contacts;
