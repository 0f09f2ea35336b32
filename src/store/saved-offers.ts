// The saved games on offer: their records (with their seeds) stay beside the
// store, its state holds only the cards the title screen shows.
import type { ResumeOffer } from './autosave.ts';
import type { SavedGameCard, StoreState } from './game-types.ts';
import type { HiddenGame } from './private-game.ts';
import type { SessionPort } from './session-link.ts';

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

/**
 * Whether the session would resume the saved game on offer now: it is asked with the game's
 * record. A game of another scenario is resumed by a session started afresh on that scenario (on
 * its title screen, where the machine takes `resume`), so it is offered while this one is there too.
 */
export function canResume(
  hidden: HiddenGame,
  session: Pick<SessionPort, 'can' | 'onTitle'>,
): boolean {
  const offer = hidden.offers[0];
  if (!offer) return false;
  return offer.record.scenario === hidden.scenario?.id
    ? session.can({ type: 'resume', record: offer.record })
    : session.onTitle();
}
