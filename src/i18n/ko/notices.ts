import type { Messages } from '../messages';

const notices: Messages['notices'] = {};

export default notices;
