// Accepts the first offer the other side makes (whatever it is, if the machine
// allows it); until then it listens politely.
import { fixed, say, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'accept-first',
  decide: (_view, moves) => fixed(moves, 'accept') ?? say('respectful'),
};
export default bot;
