import type { Messages } from '../messages';

const agenda: Messages['agenda'] = {};

export default agenda;
