// What happens after a move besides the move itself: the scenario's events
// that fall due, and the end of the call (agreement, a meter past its
// threshold, time up, or a hang-up), with the goodbyes and the ending reached.
import type { CallEventSpec, Scenario } from '../../scenario/schema.ts';
import type {
  CallResult,
  GameState,
  MeterChange,
  SideId,
  Terms,
  TranscriptEntry,
} from '../types.ts';
import type { Rng } from '../random.ts';
import type { ListView } from '../history.ts';
import { applyEffects, crossedThreshold } from '../meters.ts';
import { decideEnding } from '../endings.ts';
import { otherSide } from '../utility.ts';
import { utter } from './words.ts';

/**
 * The scenario's events due after a move, in file order, each at most once (the
 * transcript is the record of what fired): at its minute once the clock reaches
 * it, or when its meter is past its value. An event's effects may set off a later
 * one. No randomness, so games without events, and replays, are unchanged.
 * Appends to `transcript`; returns the meters after the events.
 */
export function fireEvents(
  scenario: Scenario,
  before: ListView<TranscriptEntry>,
  transcript: TranscriptEntry[],
  clock: number,
  meters: GameState['meters'],
): GameState['meters'] {
  const fired = new Set<string>();
  for (let i = 0; i < before.length; i++) {
    const e = before.at(i);
    if (e?.kind === 'event') fired.add(e.event);
  }
  let next = meters;
  for (const event of scenario.events) {
    if (fired.has(event.id) || !eventDue(event, clock, next)) continue;
    fired.add(event.id);
    transcript.push({ kind: 'event', clock, event: event.id });
    const changes: MeterChange[] = [];
    next = applyEffects(next, event.effects, { kind: 'event', id: event.id }, changes);
    if (changes.length > 0) transcript.push({ kind: 'meters', clock, changes });
  }
  return next;
}

function eventDue(event: CallEventSpec, clock: number, meters: GameState['meters']): boolean {
  if (event.at !== undefined) return clock >= event.at * 60;
  const when = event.when;
  const value = when ? meters[when.meter] : undefined;
  if (!when || value === undefined) return false;
  return (
    (when.above !== undefined && value > when.above) ||
    (when.below !== undefined && value < when.below)
  );
}

/** How the call ends after a move that did not hang up, or null while it goes on. */
export function callEndAfter(
  scenario: Scenario,
  meters: GameState['meters'],
  settled: Terms,
  clock: number,
  length: number,
): CallResult | null {
  const crossed = crossedThreshold(scenario, meters);
  if (crossed) return { reason: 'threshold', ending: crossed.ending };
  if (allSettled(scenario, settled)) return { reason: 'agreement', ending: '' };
  return clock >= length ? { reason: 'time', ending: '' } : null;
}

function allSettled(scenario: Scenario, settled: Terms): boolean {
  for (const issue of scenario.issues) if (settled[issue.id] === undefined) return false;
  return true;
}

/** The call's state when it closes: who speaks next, where it stands. */
export interface Closing {
  turn: SideId;
  clock: number;
  settled: Terms;
  meters: GameState['meters'];
  counts: GameState['counts'];
}

/**
 * Ends the call: goodbyes (appended to `transcript`) when it closed in good
 * order, and the ending reached — a threshold's own ending, else the scenario's
 * conditions decide.
 */
export function finishCall(
  scenario: Scenario,
  at: Closing,
  end: CallResult,
  rng: Rng,
  transcript: TranscriptEntry[],
): CallResult {
  const { reason, by } = end;
  if (reason === 'agreement' || reason === 'time') {
    for (const speaker of [at.turn, otherSide(scenario, at.turn)])
      transcript.push(utter(scenario, rng, at.clock, speaker, 'closing', {}));
  }
  const ending =
    reason === 'threshold' && end.ending !== ''
      ? end.ending
      : decideEnding(scenario, {
          reason,
          deal: at.settled,
          meters: at.meters,
          counts: at.counts,
        });
  return { reason, ...(by !== undefined ? { by } : {}), ending };
}
