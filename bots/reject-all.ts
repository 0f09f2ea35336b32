// Rejects every offer and never proposes: the player who will not deal.
import { fixed, say, type Bot } from './helpers.ts';

const bot: Bot = {
  name: 'reject-all',
  decide: (_view, moves) => fixed(moves, 'reject') ?? say('firm'),
};
export default bot;
