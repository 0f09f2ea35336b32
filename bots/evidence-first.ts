// Presents all its evidence first, then plays the plain negotiator (see
// helpers.ts), speaking respectfully.
import { fixed, plainNegotiator, say, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'evidence-first',
  decide: (view, moves) =>
    fixed(moves, 'evidence') ?? plainNegotiator(view, moves, () => say('respectful')),
};
export default bot;
