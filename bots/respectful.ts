// The plain negotiator (see helpers.ts) that speaks respectfully every other turn.
import { plainNegotiator, say, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'respectful',
  decide: (view, moves) => plainNegotiator(view, moves, () => say('respectful')),
};
export default bot;
