// What a move has the leaders say: the utterance records (their words are
// rendered from the scenario later), drawn from the state's generator with the
// speaker's recent lines as memory, and what a proposal answers.
import type { Scenario, Situation } from '../../scenario/schema.ts';
import type { GameState, LoggedMove, SideId, Terms, TranscriptEntry, Utterance } from '../types.ts';
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
  // This move's lines, then the transcript's (each entry is the said line itself: nothing to copy).
  for (let i = said.length - 1; i >= 0 && found.length < NO_REPEAT; i--) {
    const e = said[i];
    if (e?.speaker === speaker) found.push(e);
  }
  for (let i = transcript.length - 1; i >= 0 && found.length < NO_REPEAT; i--) {
    const e = transcript.at(i);
    if (e?.kind === 'line' && e.speaker === speaker) found.push(e);
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
  const log = listOf(state, 'log');
  if (base === 'counter' && other !== undefined) {
    const last = lastProposal(log, other, log.length - 1);
    const before = last ? lastProposal(log, other, last.at - 1) : undefined;
    if (last && before && sameTerms(last.terms, before.terms)) return 'unmoved';
  }
  const mine = lastProposal(log, side, log.length - 1);
  return mine !== undefined && sameTerms(mine.terms, terms) ? 'repeat' : base;
}

/** A side's last proposal at or before position `from` of the log, with its position. */
function lastProposal(
  log: ListView<LoggedMove>,
  side: SideId,
  from: number,
): { terms: Terms; at: number } | undefined {
  for (let i = from; i >= 0; i--) {
    const m = log.at(i);
    if (m?.side === side && m.move.kind === 'propose') return { terms: m.move.terms, at: i };
  }
  return undefined;
}

function sameTerms(a: Terms | undefined, b: Terms | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}
