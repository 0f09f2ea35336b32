// The computer's promises over many games (issue 11): offers that never rise
// without a reason, nothing agreed below its reservation, no threat first, and
// how well it has read the other side after four of its moves. Computer against
// computer and against random legal moves, N games a scenario; and the reference
// players' games for the opponent model's score.
import type { Scenario } from '../src/scenario/schema.ts';
import { DIFFICULTIES } from '../src/negotiation/types.ts';
import { auditAgent } from '../src/negotiation/analysis/agent-audit.ts';
import { modelQualityCell } from '../src/negotiation/analysis/model-quality.ts';
import type { Bot } from '../src/negotiation/bots/bot.ts';
import { auditGame } from '../test/negotiation/random-games.ts';
import { REFERENCE_BOTS } from '../bots/reference.ts';
import { benchUnseenBots, type UnseenCell } from './unseen-bots.ts';
import { OPEN_TRICKS } from '../test/negotiation/open-tricks/index.ts';

export interface AgentAuditFigures {
  scenario: string;
  games: number;
  risingOffers: number;
  belowReservation: number;
  /** Calls in which the computer threatened a player who had not threatened. */
  unprovokedThreatCalls: number;
  computerSides: number;
  /** Offer quality after four moves of the player, by "side difficulty": the mean over the bots that give a figure, and each bot's. */
  modelQuality: Record<string, { mean: number; byBot: Record<string, number> }>;
  /** The unseen bots against principled, normal and hard. */
  unseen: UnseenCell[];
  /** The open tricks against principled, every difficulty: reported, not a bar they meet yet. */
  openTricks: UnseenCell[];
}

/** The players the opponent model is measured against: every reference bot that proposes whole packages. */
export const MODEL_QUALITY_BOTS: readonly Bot[] = [
  'principled',
  'respectful',
  'evidence-first',
  'tit-for-tat',
  'hard-liner',
  'threatener',
  'flooder',
  'repeater',
].flatMap((name) => REFERENCE_BOTS.filter((b) => b.name === name));

export function benchAgentAudit(
  scenario: Scenario,
  games: number,
  qualityGames = 40,
  unseenGames = 300,
): AgentAuditFigures {
  const figures: AgentAuditFigures = {
    scenario: scenario.id,
    games,
    risingOffers: 0,
    belowReservation: 0,
    unprovokedThreatCalls: 0,
    computerSides: 0,
    modelQuality: {},
    unseen: [],
    openTricks: [],
  };
  for (let i = 0; i < games; i++) {
    const { settings, moves } = auditGame(scenario, i);
    for (const side of scenario.sides.map((s) => s.id)) {
      if (settings.controllers[side] !== 'computer') continue;
      const audit = auditAgent(scenario, moves, side);
      figures.computerSides++;
      figures.risingOffers += audit.risingOffers.length;
      figures.belowReservation += audit.belowReservation.length;
      if (audit.unprovokedThreats.length > 0) figures.unprovokedThreatCalls++;
    }
  }
  for (const side of scenario.sides.map((s) => s.id))
    for (const difficulty of DIFFICULTIES) {
      const byBot: Record<string, number> = {};
      for (const bot of MODEL_QUALITY_BOTS) {
        const { mean } = modelQualityCell(scenario, bot, side, difficulty, qualityGames);
        if (mean !== undefined) byBot[bot.name] = mean;
      }
      const means = Object.values(byBot);
      figures.modelQuality[`${side} ${difficulty}`] = {
        mean: means.length > 0 ? means.reduce((a, b) => a + b, 0) / means.length : NaN,
        byBot,
      };
    }
  figures.unseen = benchUnseenBots(scenario, unseenGames);
  figures.openTricks = benchUnseenBots(scenario, unseenGames, DIFFICULTIES, OPEN_TRICKS);
  return figures;
}
