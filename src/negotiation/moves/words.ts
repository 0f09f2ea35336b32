// What a move has the leaders say: the utterance records (their words are
// rendered from the scenario later), drawn from the state's generator with the
// speaker's recent lines as memory, and what a proposal answers.
import type { Scenario, Situation } from '../../scenario/schema.ts';
import type { GameState, SideId, Terms, TranscriptEntry, Utterance } from '../types.ts';
import type { Rng } from '../random.ts';
import { EVIDENCE_SITUATION, NO_REPEAT, pickLine, type SaidLine } from '../dialogue.ts';
import { listOf, type ListView } from '../history.ts';

export type Said = Situation | typeof EVIDENCE_SITUATION;

export function utter(
  scenario: Scenario,
  rng: Rng,
  clock: number,
  speaker: SideId,
  situation: Said,
  extra: Partial<Utterance>,
  memory: { recent?: readonly SaidLine[]; drawFor?: Situation } = {},
): Utterance {
  const line =
    situation === EVIDENCE_SITUATION
      ? -1
      : pickLine(scenario, situation, speaker, rng, memory.recent, memory.drawFor);
  const u: Utterance = { kind: 'line', clock, speaker, situation, line };
  if (extra.evidence !== undefined) u.evidence = extra.evidence;
  if (extra.issue !== undefined) u.issue = extra.issue;
  if (extra.option !== undefined) u.option = extra.option;
  if (extra.terms !== undefined) u.terms = extra.terms;
  return u;
}

/** The speaker's last lines, newest last: the transcript's, then this move's. */
export function recentLines(
  transcript: ListView<TranscriptEntry>,
  said: readonly Utterance[],
  speaker: SideId,
): SaidLine[] {
  const found: SaidLine[] = [];
  for (const list of [said, transcript]) {
    for (let i = list.length - 1; i >= 0 && found.length < NO_REPEAT; i--) {
      const e = list.at(i);
      if (e?.kind === 'line' && e.speaker === speaker)
        found.push({ situation: e.situation, line: e.line });
    }
  }
  return found;
}

/**
 * What a proposal answers, for its words: `unmoved` when it answers an offer
 * the other side has made before unchanged, `repeat` when the speaker makes
 * again the offer it made last, else the move's own situation.
 */
export function proposalSituation(
  state: GameState,
  side: SideId,
  terms: Terms,
  base: 'propose' | 'counter',
): Situation {
  const other = state.standing?.by;
  if (base === 'counter' && other !== undefined) {
    const theirs = lastProposals(state, other, 2);
    if (theirs.length === 2 && sameTerms(theirs[0], theirs[1])) return 'unmoved';
  }
  const mine = lastProposals(state, side, 1)[0];
  return mine !== undefined && sameTerms(mine, terms) ? 'repeat' : base;
}

/** A side's last `n` proposals, newest first. */
function lastProposals(state: GameState, side: SideId, n: number): Terms[] {
  const found: Terms[] = [];
  const log = listOf(state, 'log');
  for (let i = log.length - 1; i >= 0 && found.length < n; i--) {
    const m = log.at(i);
    if (m?.side === side && m.move.kind === 'propose') found.push(m.move.terms);
  }
  return found;
}

function sameTerms(a: Terms | undefined, b: Terms | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
