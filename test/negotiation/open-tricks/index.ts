// Tricks that still beat the principled player by more than 2 points in some
// cells (found by a red team, 2026-12-03): reported by `npm run bench`, not
// asserted, until the agent answers them.
import type { Bot } from '../../../src/negotiation/bots/bot.ts';
import { fixedPointQuiet, fixedPointRespect } from './fixed-point.ts';

export const OPEN_TRICKS: readonly Bot[] = [fixedPointQuiet, fixedPointRespect];
