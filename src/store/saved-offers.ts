// The saved games on offer: their records (with their seeds) stay beside the
// store, its state holds only the cards the title screen shows.
import type { ResumeOffer } from './autosave.ts';
import type { SavedGameCard, StoreState } from './game-types.ts';
import type { HiddenGame } from './private-game.ts';

const cardOf = ({ record: _record, entry: _entry, ...card }: ResumeOffer): SavedGameCard => card;

/** Keeps the offers beside the store; returns what its state shows of them (the offered one first). */
export function showOffers(
  hidden: HiddenGame,
  offers: ResumeOffer[],
): Pick<StoreState, 'savedGames' | 'savedGame'> {
  hidden.offers = offers;
  const cards = offers.map(cardOf);
  return { savedGames: cards, savedGame: cards[0] ?? null };
}
