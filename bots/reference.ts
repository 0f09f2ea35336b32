// The reference bots, by name: what `npm run scenario -- tournament` plays when
// no --player is given, and what the tests and the benchmark play.
import type { Bot } from '../src/negotiation/bots/bot.ts';
import { referencePlayers } from '../src/negotiation/bots/reference-players.ts';
import acceptFirst from './accept-first.ts';
import rejectAll from './reject-all.ts';
import hardLiner from './hard-liner.ts';
import threatener from './threatener.ts';
import respectful from './respectful.ts';
import evidenceFirst from './evidence-first.ts';
import deferrer from './deferrer.ts';
import titForTat from './tit-for-tat.ts';
import staller from './last-minute-staller.ts';
import principled from './principled.ts';
import flooder from './flooder.ts';
import repeater from './repeater.ts';
import partialDealer from './partial-dealer.ts';

export const REFERENCE_BOTS: readonly Bot[] = referencePlayers([
  principled,
  acceptFirst,
  rejectAll,
  hardLiner,
  threatener,
  respectful,
  evidenceFirst,
  deferrer,
  titForTat,
  staller,
  flooder,
  repeater,
  partialDealer,
]);

export function referenceBot(name: string): Bot | undefined {
  return REFERENCE_BOTS.find((b) => b.name === name);
}
