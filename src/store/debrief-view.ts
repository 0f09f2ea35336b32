// The debrief of a finished call as the screens show it: the proposals' path
// on the deal map, the gap to the frontier, every move in words with its step
// class, meter changes and advice, and the computer's strategy. Made from the
// engine's debrief (one source for every figure); words come from the catalogue.
import type { Scenario } from '../scenario/schema.ts';
import { debriefOf, type Debrief } from '../negotiation/analysis/debrief.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import { describeMove, wholePoints } from '../negotiation/narrate.ts';
import { pronounWords } from '../negotiation/phrasing.ts';
import type { SideId } from '../negotiation/types.ts';
import type { DealAnalysis } from '../negotiation/analysis/frontier.ts';
import { t, type Catalogue, type MessageKey } from '../messages/i18n.ts';
import { clockText } from '../negotiation/clock.ts';

export interface MoveLine {
  clock: number;
  /** "2:30" */
  time: string;
  mine: boolean;
  text: string;
  step: string;
  /** "+8 Pressure, −4 Trust" or "". */
  meters: string;
  /** Advice for the player's own moves; '' for the other side's. */
  advice: string;
  mistake: string | null;
}

export interface StrategyView {
  leader: string;
  tactic: string;
  /** Walk-away and reservation in a sentence. */
  limits: string;
  /** "Military aid (40%): none 80 · training 60 · …" */
  values: string[];
  aims: [number, number][];
  moments: string[];
}

export interface DebriefView {
  gap: string;
  /** The proposals in order on the player's deal map; `mine` for the player's own. */
  path: { point: [number, number]; mine: boolean }[];
  moves: MoveLine[];
  mistakes: string[];
  strategy: StrategyView | null;
}

export function debriefView(
  scenario: Scenario,
  record: GameRecord,
  side: SideId,
  catalogue: Catalogue,
  debrief?: Debrief,
  analysis?: DealAnalysis,
): DebriefView {
  const d = debrief ?? debriefOf(scenario, record, side, catalogue, analysis);
  return viewOf(scenario, d, side, catalogue);
}

function viewOf(
  scenario: Scenario,
  debrief: Debrief,
  side: SideId,
  catalogue: Catalogue,
): DebriefView {
  const meterName = (id: string) => scenario.meters.find((m) => m.id === id)?.name ?? id;
  const s = debrief.strategy;
  return {
    gap: debrief.gap,
    path: debrief.path.map((p) => ({ point: p.point, mine: p.by === side })),
    moves: debrief.grades.map((g) => ({
      clock: g.clock,
      time: clockText(g.clock),
      mine: g.side === side,
      text: describeMove(scenario, g.side, g.move, catalogue),
      step: t(catalogue, `step.${g.step}` as MessageKey),
      meters: g.meters
        .map((m) => `${m.delta > 0 ? '+' : '−'}${wholePoints(m.delta)} ${meterName(m.meter)}`)
        .join(', '),
      advice: g.side === side ? g.advice : '',
      mistake:
        g.side === side && g.mistake ? t(catalogue, `mistake.${g.mistake}` as MessageKey) : null,
    })),
    mistakes: debrief.mistakes.map((m) => t(catalogue, `mistake.${m}` as MessageKey)),
    strategy: s
      ? {
          leader: s.leader,
          tactic: s.tactic,
          limits: t(catalogue, 'strategy.limits', {
            ...pronounWords(scenario, s.side, catalogue),
            walkAway: s.walkAway,
            reservation: s.reservation,
          }),
          values: s.values.map(
            (v) =>
              `${v.issue} (${v.weight}%): ${v.options.map((o) => `${o.label} ${Math.round(o.value)}`).join(' · ')}`,
          ),
          aims: s.aims.map((a) => [a.clock, a.aim] as [number, number]),
          moments: s.moments.map((m) => m.text),
        }
      : null,
  };
}
