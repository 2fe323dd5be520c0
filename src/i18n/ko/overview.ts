import type { Messages } from '../messages';

const overview: Messages['overview'] = {};

export default overview;
