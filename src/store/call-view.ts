// What the screen shows of a call, derived from the machine's snapshot for
// the side the player plays: the transcript in words, the meters, the clock,
// the table, and what may be done now (asked of the machine with can()).
// Pure: the store calls it on every snapshot; the scenes only read its result.
import type { Scenario, Tone } from '../scenario/schema.ts';
import { TONES } from '../scenario/schema.ts';
import type { CallEvent, CallPhase } from '../negotiation/call-machine.ts';
import type { CallSnapshot } from '../negotiation/replay.ts';
import { fixedMoves, newGame } from '../negotiation/moves/index.ts';
import { describeMeterChange, narrate, type NarratedLine } from '../negotiation/narrate.ts';
import { playerView, type PlayerView } from '../negotiation/player-view.ts';
import { settlementLabel } from '../negotiation/dialogue.ts';
import type {
  CallResult,
  MeterChange,
  Move,
  Settlement,
  SideId,
  Terms,
} from '../negotiation/types.ts';
import { DEFERRED } from '../negotiation/types.ts';
import { t, type Catalogue } from '../messages/i18n.ts';
import { mergeTerms, utility } from '../negotiation/utility.ts';
import { moodOf, type Mood } from './mood.ts';

export interface MeterView {
  id: string;
  name: string;
  description: string;
  value: number;
  start: number;
  /** Thresholds that end the call, to draw on the bar. */
  limits: number[];
}

export interface TableRow {
  issue: string;
  name: string;
  /** The question on the table, in one sentence (shown with each option's explanation). */
  question?: string;
  settled?: { settlement: Settlement; label: string };
  standing?: { settlement: Settlement; label: string; by: SideId };
  options: { id: Settlement; label: string; text?: string; redLine: 'mine' | 'theirs' | null }[];
}

export interface Available {
  propose: boolean;
  accept: boolean;
  reject: boolean;
  tones: Tone[];
  evidence: { id: string; label: string }[];
  redLines: { issue: string; option: string; label: string }[];
  defer: { issue: string; name: string }[];
  endCall: boolean;
}

export interface CallView {
  phase: CallPhase;
  side: SideId;
  view: PlayerView;
  /** The transcript in words, in order; meter entries carry a note for each meter that moved. */
  transcript: (NarratedLine & { notes?: { meter: string; text: string }[]; mine?: boolean })[];
  meters: MeterView[];
  clock: { elapsed: number; total: number };
  turn: SideId;
  myTurn: boolean;
  table: TableRow[];
  available: Available;
  /** The evidence this side holds, in the scenario's order (what it may present now is in `available`). */
  evidence: { id: string; label: string }[];
  result: CallResult | null;
  /** 0–1: how close the meters are to the limits that break the call (the tension music follows it). */
  tension: number;
  /** How each leader looks, from what both sides see (src/store/mood.ts). */
  moods: { me: Mood; them: Mood };
}

const NOTHING: Available = {
  propose: false,
  accept: false,
  reject: false,
  tones: [],
  evidence: [],
  redLines: [],
  defer: [],
  endCall: false,
};

export function callView(
  scenario: Scenario,
  snapshot: CallSnapshot,
  side: SideId,
  catalogue: Catalogue,
): CallView {
  const game = snapshot.context.game;
  const view = playerView(scenario, game, side);
  const phase = (typeof snapshot.value === 'string' ? snapshot.value : 'turns') as CallPhase;
  const myTurn =
    phase === 'turns' && game.turn === side && game.settings.controllers[side] === 'human';
  const can = (move: Move) => snapshot.can({ type: 'move', side, move } satisfies CallEvent);
  const mineRed = new Set(view.me.redLines.map((r) => `${r.issue}/${r.option}`));
  const theirRed = new Set(view.them.knownRedLines.map((r) => `${r.issue}/${r.option}`));

  const table: TableRow[] = scenario.issues.map((issue) => {
    const settled = game.settled[issue.id];
    const standing = game.standing?.terms[issue.id];
    const label = (s: Settlement) => settlementLabel(scenario, issue.id, s, catalogue);
    return {
      issue: issue.id,
      name: issue.name,
      ...(issue.question ? { question: issue.question } : {}),
      ...(settled !== undefined ? { settled: { settlement: settled, label: label(settled) } } : {}),
      ...(standing !== undefined && game.standing
        ? { standing: { settlement: standing, label: label(standing), by: game.standing.by } }
        : {}),
      options: [
        ...issue.options.map((o) => ({
          id: o.id,
          label: o.label,
          ...(o.text ? { text: o.text } : {}),
          redLine: mineRed.has(`${issue.id}/${o.id}`)
            ? ('mine' as const)
            : theirRed.has(`${issue.id}/${o.id}`)
              ? ('theirs' as const)
              : null,
        })),
        // The one way to defer: a choice in the package like any option, its effect said in its
        // explanation; none when the scenario has no follow-up talks.
        ...(scenario.followUpTalks === undefined
          ? []
          : [
              {
                id: DEFERRED,
                label: t(catalogue, 'call.deferChip'),
                text: t(catalogue, 'call.deferExplain', {
                  issue: issue.name,
                  talks: scenario.followUpTalks,
                }),
                redLine: null,
              },
            ]),
      ],
    };
  });

  let available = NOTHING;
  if (myTurn) {
    const fixed = fixedMoves(scenario, game, side).filter(can);
    available = {
      propose: scenario.issues.some((i) => game.settled[i.id] === undefined),
      accept: fixed.some((m) => m.kind === 'accept'),
      reject: fixed.some((m) => m.kind === 'reject'),
      tones: TONES.filter((tone) => fixed.some((m) => m.kind === 'statement' && m.tone === tone)),
      evidence: fixed.flatMap((m) =>
        m.kind === 'evidence'
          ? [{ id: m.id, label: scenario.evidence.find((e) => e.id === m.id)?.label ?? m.id }]
          : [],
      ),
      redLines: fixed.flatMap((m) =>
        m.kind === 'redLine'
          ? [
              {
                issue: m.issue,
                option: m.option,
                label: settlementLabel(scenario, m.issue, m.option, catalogue),
              },
            ]
          : [],
      ),
      defer: fixed.flatMap((m) =>
        m.kind === 'defer'
          ? [
              {
                issue: m.issue,
                name: scenario.issues.find((i) => i.id === m.issue)?.name ?? m.issue,
              },
            ]
          : [],
      ),
      endCall: fixed.some((m) => m.kind === 'endCall'),
    };
  }

  const tension = tensionOf(scenario, game.meters);
  return {
    phase,
    side,
    view,
    transcript: game.transcript.flatMap((entry): CallView['transcript'] => {
      if (entry.kind === 'line')
        return [{ ...narrate(scenario, entry, catalogue), mine: entry.speaker === side }];
      if (entry.kind === 'event') return [narrate(scenario, entry, catalogue)];
      // The clock's steady drift shows on the meters themselves; the transcript keeps what the leaders caused.
      const changes = entry.changes.filter((c: MeterChange) => c.cause.kind !== 'clock');
      if (changes.length === 0) return [];
      return [
        {
          ...narrate(scenario, { ...entry, changes }, catalogue),
          notes: changes.map((c) => ({
            meter: c.meter,
            text: describeMeterChange(scenario, c, catalogue),
          })),
        },
      ];
    }),
    meters: scenario.meters.map((m) => ({
      id: m.id,
      name: m.name,
      description: m.description ?? '',
      value: game.meters[m.id] ?? m.start,
      start: m.start,
      limits: m.endsAt.flatMap((t) =>
        [t.atLeast, t.atMost].filter((x): x is number => x !== undefined),
      ),
    })),
    clock: { elapsed: game.clock, total: scenario.callMinutes * 60 },
    turn: game.turn,
    myTurn,
    table,
    available,
    evidence: scenario.evidence
      .filter((e) => e.side === side)
      .map(({ id, label }) => ({ id, label })),
    result: game.result,
    tension,
    moods: {
      me: moodOf(game.transcript, side, tension),
      them: moodOf(game.transcript, view.them.id, tension),
    },
  };
}

function tensionOf(scenario: Scenario, meters: Record<string, number>): number {
  let tension = 0;
  for (const m of scenario.meters) {
    const value = meters[m.id] ?? m.start;
    for (const t of m.endsAt) {
      if (t.atLeast !== undefined && t.atLeast > 0) tension = Math.max(tension, value / t.atLeast);
      if (t.atMost !== undefined && t.atMost < 100)
        tension = Math.max(tension, (100 - value) / (100 - t.atMost));
    }
  }
  return Math.min(1, tension);
}

/**
 * A hot seat's handover: the call with no side's private part (nobody's brief,
 * values, walk-away, red lines, evidence or moves), kept so the transcript
 * goes on where it was; the screen shows none of it.
 */
export function handoverView(call: CallView): CallView {
  const {
    brief: _b,
    goals: _g,
    walkAway: _w,
    walkAwayText: _t,
    redLines: _r,
    ...face
  } = call.view.me;
  const me = { ...face, brief: '', goals: [], walkAway: 0, redLines: [] };
  return {
    ...call,
    view: { ...call.view, me: { ...me, values: {}, weights: {}, deferredValues: {} } },
    myTurn: false,
    table: call.table.map((row) => ({
      ...row,
      options: row.options.map((o) => ({ ...o, redLine: o.redLine === 'mine' ? null : o.redLine })),
    })),
    available: NOTHING,
    evidence: [],
  };
}

/** True when the machine would take this draft from the player now (no red line of theirs, open issues only). */
export function canPropose(snapshot: CallSnapshot, side: SideId, terms: Terms): boolean {
  return (
    Object.keys(terms).length > 0 && snapshot.can({ type: 'move', side, move: draftMove(terms) })
  );
}

/** What the player's draft package is worth to their own side, against their walk-away (their own data). */
export interface DraftWorth {
  /** 0–100: the deal if the draft were agreed now, with the issues already settled (open ones count as walk-away). */
  value: number;
  walkAway: number;
  /** Issues in the draft. */
  issues: number;
}

export function draftWorth(
  scenario: Scenario,
  snapshot: CallSnapshot,
  side: SideId,
  draft: Terms,
): DraftWorth {
  const game = snapshot.context.game;
  const walkAway = scenario.sides.find((s) => s.id === side)?.walkAway ?? 0;
  return {
    value: utility(scenario, side, mergeTerms(game.settled, draft)),
    walkAway,
    issues: Object.keys(draft).length,
  };
}

/**
 * The move that sends a draft: a package that only leaves one issue to the
 * follow-up talks is the engine's `defer` move (its own line, counted as a
 * deferral by the endings); anything else is a proposal.
 */
export function draftMove(draft: Terms): Move {
  const entries = Object.entries(draft);
  const [only] = entries;
  if (entries.length === 1 && only && only[1] === DEFERRED)
    return { kind: 'defer', issue: only[0] };
  return { kind: 'propose', terms: draft };
}

/** What the briefing shows a side before the call: its player view of a call not yet begun. */
export function briefingView(scenario: Scenario, side: SideId): PlayerView {
  return playerView(
    scenario,
    newGame(scenario, { seed: 0, difficulty: 'normal', controllers: {} }),
    side,
  );
}
