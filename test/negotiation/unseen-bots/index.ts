// Bots the computer was not tuned against (issue 11): tricks written knowing
// its design, played in test/negotiation/unseen-bots.test.ts (a small sample)
// and by `npm run bench` (the big one). Not in the reference registry.
import type { Bot } from '../../../src/negotiation/bots/bot.ts';
import { tinySteps } from './tiny-steps.ts';
import { alternator, fakeOpening } from './two-offers.ts';
import { mirror } from './mirror.ts';
import { partialThenHangUp } from './partial-then-hang-up.ts';
import { lateReservation } from './late-reservation.ts';
import { shieldedOffer } from './shielded-offer.ts';
import { fakeConcession } from './fake-concession.ts';
import { deferWalk } from './defer-walk.ts';
import { splitDifference } from './split-difference.ts';
import { mimicFlip } from './mimic-flip.ts';
import { partialGrab } from './partial-grab.ts';
import { threatApology } from './threat-apology.ts';
import { principledPlusFake } from './principled-plus-fake.ts';

export const UNSEEN_BOTS: readonly Bot[] = [
  tinySteps,
  fakeOpening,
  mirror,
  partialThenHangUp,
  lateReservation,
  alternator,
  shieldedOffer,
  fakeConcession,
  deferWalk,
  splitDifference,
  mimicFlip,
  partialGrab,
  threatApology,
  principledPlusFake,
];
