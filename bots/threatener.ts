// The plain negotiator (see helpers.ts) that threatens every other turn, even
// when the other side's offer is waiting for an answer.
import { plainNegotiator, say, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'threatener',
  decide: (view, moves) => plainNegotiator(view, moves, () => say('threatening'), 0.25, true),
};
export default bot;
