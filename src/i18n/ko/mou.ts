import type { Messages } from '../messages';

const mou: Messages['mou'] = {
  pageTitle: '양해각서',
};

export default mou;
