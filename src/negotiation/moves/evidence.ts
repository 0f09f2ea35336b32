// Presenting one of the side's evidence items, once per call: its effects
// move the meters, and the other side acknowledges it.
import { applyEffects } from '../meters.ts';
import { EVIDENCE_SITUATION } from '../dialogue.ts';
import { say, type MoveRule } from './turn.ts';

export const evidence: MoveRule<'evidence'> = {
  problem(scenario, game, side, move) {
    const item = scenario.evidence.find((e) => e.id === move.id);
    if (!item || item.side !== side) return 'no-such-evidence';
    return game.evidenceUsed.includes(move.id) ? 'evidence-used' : null;
  },
  apply(turn, move) {
    const item = turn.scenario.evidence.find((e) => e.id === move.id);
    say(turn, turn.side, EVIDENCE_SITUATION, { evidence: move.id });
    const cause = { kind: 'evidence', id: move.id } as const;
    turn.meters = applyEffects(turn.meters, item?.effects, cause, turn.changes);
    turn.evidenceUsed = [...turn.evidenceUsed, move.id];
    say(turn, turn.other, 'acknowledgeEvidence', { evidence: move.id });
  },
};
