// Proposes its own best package every turn and accepts nothing.
import { rankedPackages, say, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'hard-liner',
  decide(view, moves) {
    const best = rankedPackages(view, moves)[0];
    return best ? { kind: 'propose', terms: best } : say('firm');
  },
};
export default bot;
