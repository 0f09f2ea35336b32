// The computer's promises over many games (issue 11): offers that never rise
// without a reason, nothing agreed below its reservation, no threat first, and
// how well it has read the other side after four of its moves. Computer against
// computer and against random legal moves, N games a scenario; and the reference
// players' games for the opponent model's score.
import type { Scenario } from '../src/scenario/schema.ts';
import { DIFFICULTIES } from '../src/negotiation/types.ts';
import { auditAgent } from '../src/negotiation/analysis/agent-audit.ts';
import { offerQuality } from '../src/negotiation/analysis/model-quality.ts';
import { createCallMachine } from '../src/negotiation/call-machine.ts';
import { replayMoves } from '../src/negotiation/replay.ts';
import { playBotGame } from '../src/negotiation/bots/tournament.ts';
import { seedFrom } from '../src/negotiation/random.ts';
import { otherSide } from '../src/negotiation/utility.ts';
import { auditGame } from '../test/negotiation/random-games.ts';
import principled from '../bots/principled.ts';

export interface AgentAuditFigures {
  scenario: string;
  games: number;
  risingOffers: number;
  belowReservation: number;
  /** Calls in which the computer threatened a player who had not threatened. */
  unprovokedThreatCalls: number;
  computerSides: number;
  /** Mean offer quality after four moves of the principled player, by side and difficulty. */
  modelQuality: Record<string, number>;
}

export function benchAgentAudit(scenario: Scenario, games: number): AgentAuditFigures {
  const machine = createCallMachine(scenario);
  const figures: AgentAuditFigures = {
    scenario: scenario.id,
    games,
    risingOffers: 0,
    belowReservation: 0,
    unprovokedThreatCalls: 0,
    computerSides: 0,
    modelQuality: {},
  };
  for (let i = 0; i < games; i++) {
    const { settings, moves } = auditGame(scenario, i, machine);
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
      const scores: number[] = [];
      for (let i = 0; i < 40; i++) {
        const { record } = playBotGame(scenario, principled, side, difficulty, seedFrom(`q${i}`));
        let count = 0;
        for (const m of replayMoves(scenario, record, machine).moves) {
          if (m.logged.side !== side || ++count < 4) continue;
          const q = m.after.result
            ? undefined
            : offerQuality(scenario, m.after, otherSide(scenario, side));
          if (q !== undefined) scores.push(q);
          break;
        }
      }
      if (scores.length > 0)
        figures.modelQuality[`${side} ${difficulty}`] =
          scores.reduce((a, b) => a + b, 0) / scores.length;
    }
  return figures;
}
