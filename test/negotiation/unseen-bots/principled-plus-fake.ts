// Unseen bot: the reference principled negotiator, unchanged but for its first
// two proposals: an insult (the package worst for the computer), then one fake
// huge concession just under the aim the computer will have when it answers,
// so it cannot take it yet. Everything after is principled: the bot isolates
// what the fake concession alone earns. It reads the last debrief to place the
// concession (in its first game it guesses by opposed interests).
//
// The mechanism it tries to exploit (src/negotiation/agent/): reciprocity
// credits the rise of the player's offers from the first to the best
// (reciprocityShare in tactics.ts), so an insulting opening makes the second
// offer look like a big concession and should open the agent's concession
// limit for the principled play that follows.
import principled from '../../../bots/principled.ts';
import type { Bot, BotMemory, LegalMoves, Move, PlayerView } from '../../../bots/helpers.ts';
import { fakeConcessionTerms, insult, myProposals, themOf } from './opposed-interests.ts';

/** The insult first, then the fake concession, unless a proposal of mine stands. */
function fakeOpening(view: PlayerView, moves: LegalMoves, memory: BotMemory): Move | undefined {
  const proposed = myProposals(view).length;
  if (proposed >= 2 || view.game.standing?.by === view.side) return undefined;
  const them = themOf(view, memory);
  const terms = proposed === 0 ? insult(moves, them.u) : fakeConcessionTerms(view, moves, them);
  return terms ? { kind: 'propose', terms } : undefined;
}

export const principledPlusFake: Bot = {
  name: 'principled-plus-fake',
  readsDebrief: true,
  decide(view, moves, rng, memory) {
    return fakeOpening(view, moves, memory) ?? principled.decide(view, moves, rng, memory);
  },
};
