// The rules of a move: whether a side may make it now, and the state after it.
// Pure functions over GameState; the call machine calls them, the agent and
// the tests call them too. Time is the call clock; randomness the state's rng.
import type {
  CallEventSpec,
  CountedMove,
  Effects,
  Scenario,
  Situation,
} from '../scenario/schema.ts';
import type {
  GameSettings,
  GameState,
  Move,
  MeterChange,
  Settlement,
  SideId,
  Terms,
  TranscriptEntry,
  Utterance,
} from './types.ts';
import { DEFERRED } from './types.ts';
import { Rng, seedFrom } from './random.ts';
import { applyEffects, crossedThreshold, driftEffects, startMeters } from './meters.ts';
import { decideEnding } from './endings.ts';
import { EVIDENCE_SITUATION, NO_REPEAT, pickLine, type SaidLine } from './dialogue.ts';
import { choicesOf, crossesRedLine, otherSide, sideTable, tablesOf } from './utility.ts';
import { newOpponentModel, observeMove, rememberOwnOffer } from './agent/opponent-model.ts';
import type { CallEnd } from '../scenario/schema.ts';
import { listOf, withLists, type ListView } from './history.ts';

export function callSeconds(scenario: Scenario): number {
  return Math.round(scenario.callMinutes * 60);
}

export function newGame(scenario: Scenario, settings: GameSettings): GameState {
  const counts: GameState['counts'] = {};
  const models: GameState['models'] = {};
  for (const side of scenario.sides) {
    counts[side.id] = emptyCounts();
    models[side.id] = newOpponentModel(scenario, otherSide(scenario, side.id));
  }
  const meters = startMeters(scenario);
  return {
    settings,
    rng: seedFrom(settings.seed),
    clock: 0,
    turn: scenario.firstSpeaker,
    meters,
    settled: {},
    standing: null,
    log: [],
    transcript: [],
    meterHistory: [{ clock: 0, meters }],
    evidenceUsed: [],
    redLinesInvoked: [],
    counts,
    models,
    result: null,
  };
}

/** The greetings: each leader says hello, the first speaker last so the other opens. */
export function openCall(scenario: Scenario, state: GameState): GameState {
  const rng = new Rng(state.rng);
  const first = scenario.firstSpeaker;
  const transcript: TranscriptEntry[] = [...state.transcript];
  for (const speaker of [otherSide(scenario, first), first]) {
    transcript.push(utter(scenario, rng, state.clock, speaker, 'greeting', {}));
  }
  return { ...state, rng: rng.state, transcript };
}

/** Why a side may not make a move now, in plain words; undefined when it may. */
export function moveProblem(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  move: Move,
): string | undefined {
  if (state.result) return 'the call is over';
  if (side !== state.turn) return "it is the other side's turn";
  const standing = state.standing;
  const mine = sideTable(tablesOf(scenario), side);
  switch (move.kind) {
    case 'propose': {
      const ids = Object.keys(move.terms);
      if (ids.length === 0) return 'a proposal settles at least one issue';
      for (const id of ids) {
        const issue = scenario.issues.find((i) => i.id === id);
        if (!issue) return `there is no issue "${id}"`;
        if (state.settled[id] !== undefined) return `"${issue.name}" is already settled`;
        const s = move.terms[id];
        if (s === DEFERRED && scenario.followUpTalks === undefined)
          return 'this call has no follow-up talks to leave an issue to';
        if (s !== DEFERRED && !issue.options.some((o) => o.id === s))
          return `"${issue.name}" has no option "${String(s)}"`;
      }
      if (crossesRedLine(mine, choicesOf(tablesOf(scenario), move.terms)))
        return 'the proposal crosses one of your own red lines';
      return undefined;
    }
    case 'accept':
      if (!standing || standing.by === side)
        return 'there is no proposal from the other side to accept';
      if (crossesRedLine(mine, choicesOf(tablesOf(scenario), standing.terms)))
        return 'the proposal crosses one of your red lines';
      return undefined;
    case 'reject':
      return !standing || standing.by === side
        ? 'there is no proposal from the other side to reject'
        : undefined;
    case 'statement':
      return undefined;
    case 'evidence': {
      const item = scenario.evidence.find((e) => e.id === move.id);
      if (!item || item.side !== side) return 'you have no such evidence';
      return state.evidenceUsed.includes(move.id)
        ? 'you have already presented this evidence'
        : undefined;
    }
    case 'redLine': {
      const own = scenario.sides.find((s) => s.id === side)?.redLines ?? [];
      if (!own.some((r) => r.issue === move.issue && r.option === move.option))
        return 'that is not one of your red lines';
      return state.redLinesInvoked.some(
        (r) => r.side === side && r.issue === move.issue && r.option === move.option,
      )
        ? 'you have already said so'
        : undefined;
    }
    case 'defer': {
      if (scenario.followUpTalks === undefined)
        return 'this call has no follow-up talks to leave an issue to';
      const issue = scenario.issues.find((i) => i.id === move.issue);
      if (!issue) return `there is no issue "${move.issue}"`;
      return state.settled[move.issue] !== undefined
        ? `"${issue.name}" is already settled`
        : undefined;
    }
    case 'endCall':
      return undefined;
  }
}

export function isLegal(scenario: Scenario, state: GameState, side: SideId, move: Move): boolean {
  return moveProblem(scenario, state, side, move) === undefined;
}

/**
 * The state after `side` makes `move`. The move must be legal (see moveProblem).
 * `rngState` lets the computer's turn pass on the generator it drew its choice from.
 */
export function applyMove(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  move: Move,
  rngState: number = state.rng,
): GameState {
  const rng = new Rng(rngState);
  const other = otherSide(scenario, side);
  const counted = countedKind(move);
  const changes: MeterChange[] = [];
  const said: Utterance[] = [];
  const say = (
    speaker: SideId,
    situation: Situation | typeof EVIDENCE_SITUATION,
    extra: Partial<Utterance>,
    drawFor?: Situation,
  ) =>
    said.push(
      utter(scenario, rng, state.clock, speaker, situation, extra, {
        recent: recentLines(listOf(state, 'transcript'), said, speaker),
        ...(drawFor ? { drawFor } : {}),
      }),
    );

  let meters = counted
    ? applyEffects(
        state.meters,
        scenario.moves[counted].effects,
        { kind: 'move', move: counted },
        changes,
      )
    : state.meters;
  let { settled, standing, models, evidenceUsed, redLinesInvoked } = state;
  let result: GameState['result'] = null;

  switch (move.kind) {
    case 'propose': {
      const base = standing && standing.by === other ? 'counter' : 'propose';
      say(side, proposalSituation(state, side, move.terms, base), { terms: move.terms }, base);
      standing = { by: side, terms: move.terms };
      models = observe(models, side, rememberOwnOffer);
      break;
    }
    case 'accept': {
      const terms = standing?.terms ?? {};
      say(side, 'accept', { terms });
      settled = { ...settled, ...terms };
      meters = applySettlementEffects(scenario, meters, terms, changes);
      standing = null;
      break;
    }
    case 'reject':
      say(side, 'reject', { terms: standing?.terms ?? {} });
      standing = null;
      break;
    case 'statement': {
      const answersThreat =
        lastMove(state)?.kind === 'statement' && lastStatementTone(state) === 'threatening';
      say(side, answersThreat ? 'answerThreat' : move.tone, {});
      break;
    }
    case 'evidence': {
      const item = scenario.evidence.find((e) => e.id === move.id);
      say(side, EVIDENCE_SITUATION, { evidence: move.id });
      meters = applyEffects(meters, item?.effects, { kind: 'evidence', id: move.id }, changes);
      evidenceUsed = [...evidenceUsed, move.id];
      say(other, 'acknowledgeEvidence', { evidence: move.id });
      break;
    }
    case 'redLine':
      say(side, 'redLine', { issue: move.issue, option: move.option });
      redLinesInvoked = [...redLinesInvoked, { side, issue: move.issue, option: move.option }];
      if (standing && standing.by === other && standing.terms[move.issue] === move.option)
        standing = null;
      break;
    case 'defer': {
      const terms: Terms = { [move.issue]: DEFERRED };
      say(side, 'defer', { issue: move.issue });
      standing = { by: side, terms };
      break;
    }
    case 'endCall':
      say(side, 'hangUp', {});
      result = { reason: 'hang-up', by: side, ending: '' };
      break;
  }

  // The other side learns from every move: what it asks for, turns down, and how it is said.
  const seen = { move, standing: state.standing, settled: state.settled };
  models = observe(models, other, (m) => observeMove(scenario, m, other, seen, changes));

  const length = callSeconds(scenario);
  const cost = move.kind === 'endCall' ? 0 : moveSeconds(scenario, move);
  const clock = Math.min(length, state.clock + cost);
  meters = applyEffects(
    meters,
    driftEffects(scenario, clock - state.clock),
    { kind: 'clock' },
    changes,
  );

  const counts = counted ? withCount(state.counts, side, counted) : state.counts;
  // What the move adds to the transcript; the lists are shared, not copied (history.ts).
  const transcript: TranscriptEntry[] = said.slice();
  if (changes.length > 0) transcript.push({ kind: 'meters', clock, changes });
  // Scenario events after the move, while the call runs: a third voice, and the meters move.
  if (scenario.events.length > 0 && !result && clock < length)
    meters = fireEvents(scenario, listOf(state, 'transcript'), transcript, clock, meters);

  // Every field written out (not spread from the state): this runs thousands of times a second in a balance check.
  const fields = {
    settings: state.settings,
    rng: rng.state,
    clock,
    turn: other,
    meters,
    settled,
    standing,
    evidenceUsed,
    redLinesInvoked,
    counts,
    models,
    result: null,
  };
  const log = [{ side, move, clock: state.clock }];
  let next = withLists(state, fields, { log, transcript, meterHistory: [{ clock, meters }] });

  if (!result) {
    const crossed = crossedThreshold(scenario, meters);
    if (crossed) result = { reason: 'threshold', ending: crossed.ending };
    else if (scenario.issues.every((i) => settled[i.id] !== undefined))
      result = { reason: 'agreement', ending: '' };
    else if (clock >= length) result = { reason: 'time', ending: '' };
  }
  if (result) next = finishCall(scenario, next, result.reason, result.by, result.ending, rng);
  return next;
}

/**
 * The scenario's events due after a move, in file order, each at most once (the
 * transcript is the record of what fired): at its minute once the clock reaches
 * it, or when its meter is past its value. An event's effects may set off a later
 * one. No randomness, so games without events, and replays, are unchanged.
 * Appends to `transcript`; returns the meters after the events.
 */
function fireEvents(
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

/** Ends the call: goodbyes when it closed in good order, and the ending reached. */
function finishCall(
  scenario: Scenario,
  state: GameState,
  reason: CallEnd,
  by: SideId | undefined,
  thresholdEnding: string,
  rng: Rng,
): GameState {
  const transcript = [...state.transcript];
  if (reason === 'agreement' || reason === 'time') {
    for (const speaker of [state.turn, otherSide(scenario, state.turn)])
      transcript.push(utter(scenario, rng, state.clock, speaker, 'closing', {}));
  }
  const ending =
    reason === 'threshold' && thresholdEnding !== ''
      ? thresholdEnding
      : decideEnding(scenario, {
          reason,
          deal: state.settled,
          meters: state.meters,
          counts: state.counts,
        });
  return {
    ...state,
    rng: rng.state,
    transcript,
    result: { reason, ...(by !== undefined ? { by } : {}), ending },
  };
}

export function moveSeconds(scenario: Scenario, move: Move): number {
  const kind = countedKind(move);
  return kind ? scenario.moves[kind].seconds : 0;
}

/** The kind a move is counted and costed as: statements by tone; ending the call is free. */
export function countedKind(move: Move): CountedMove | undefined {
  if (move.kind === 'statement') return move.tone;
  if (move.kind === 'endCall') return undefined;
  return move.kind;
}

function applySettlementEffects(
  scenario: Scenario,
  meters: GameState['meters'],
  terms: Terms,
  changes: MeterChange[],
): GameState['meters'] {
  let next = meters;
  for (const issue of scenario.issues) {
    const s: Settlement | undefined = terms[issue.id];
    if (s === undefined) continue;
    const effects: Effects | undefined =
      s === DEFERRED ? issue.deferred?.effects : issue.options.find((o) => o.id === s)?.effects;
    next = applyEffects(next, effects, { kind: 'option', issue: issue.id, option: s }, changes);
  }
  return next;
}

function utter(
  scenario: Scenario,
  rng: Rng,
  clock: number,
  speaker: SideId,
  situation: Situation | typeof EVIDENCE_SITUATION,
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
function recentLines(
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
function proposalSituation(
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

function observe(
  models: GameState['models'],
  observer: SideId,
  update: (m: GameState['models'][string]) => GameState['models'][string],
): GameState['models'] {
  const model = models[observer];
  return model ? { ...models, [observer]: update(model) } : models;
}

export function lastMove(state: GameState): Move | undefined {
  const log = listOf(state, 'log');
  return log.at(log.length - 1)?.move;
}

function lastStatementTone(state: GameState): string | undefined {
  const m = lastMove(state);
  return m?.kind === 'statement' ? m.tone : undefined;
}

function withCount(
  counts: GameState['counts'],
  side: SideId,
  kind: CountedMove,
): GameState['counts'] {
  const next: GameState['counts'] = {};
  for (const id in counts) next[id] = counts[id] ?? emptyCounts();
  const mine = { ...(counts[side] ?? emptyCounts()) };
  mine[kind] += 1;
  next[side] = mine;
  return next;
}

function emptyCounts(): Record<CountedMove, number> {
  return {
    propose: 0,
    accept: 0,
    reject: 0,
    respectful: 0,
    firm: 0,
    threatening: 0,
    evidence: 0,
    redLine: 0,
    defer: 0,
  };
}

/**
 * Every move a side could make now other than a proposal (those are built
 * issue by issue): the menu of the terminal game, the browser's buttons and the
 * property tests all start from this list and keep what the machine allows.
 */
export function fixedMoves(scenario: Scenario, state: GameState, side: SideId): Move[] {
  const moves: Move[] = [{ kind: 'accept' }, { kind: 'reject' }];
  for (const tone of ['respectful', 'firm', 'threatening'] as const)
    moves.push({ kind: 'statement', tone });
  for (const e of scenario.evidence)
    if (e.side === side) moves.push({ kind: 'evidence', id: e.id });
  for (const r of scenario.sides.find((s) => s.id === side)?.redLines ?? [])
    moves.push({ kind: 'redLine', issue: r.issue, option: r.option });
  if (scenario.followUpTalks !== undefined)
    for (const i of scenario.issues) moves.push({ kind: 'defer', issue: i.id });
  moves.push({ kind: 'endCall' });
  return moves.filter((m) => isLegal(scenario, state, side, m));
}
