// The plain negotiator (see helpers.ts) that threatens every other turn.
import { plainNegotiator, say, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'threatener',
  decide: (view, moves) => plainNegotiator(view, moves, () => say('threatening')),
};
export default bot;
