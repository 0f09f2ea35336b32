// What the printable debrief page shows for a handed-in result: the checked
// result, the ending and its debrief (the same views as the ending screen),
// and the call frame by frame for the replay — the transcript so far, the
// meters, what is on the table, and what each leader knew and wanted at that
// moment (through the player view: a side sees only what it could have seen).
import type { Scenario } from '../scenario/schema.ts';
import { readResult, type GameResult } from '../negotiation/result.ts';
import { listOf } from '../negotiation/history.ts';
import { narrate, describeMove } from '../negotiation/narrate.ts';
import { describeTerms } from '../negotiation/dialogue.ts';
import { sidesView } from '../negotiation/player-view.ts';
import { mergeTerms, utility } from '../negotiation/utility.ts';
import { agentView } from '../negotiation/agent/choose-move.ts';
import type { GameState, SideId } from '../negotiation/types.ts';
import { t, type Catalogue } from '../messages/i18n.ts';
import { endingView, type EndingView } from './ending-view.ts';
import { debriefView } from './debrief-view.ts';
import { clockText } from '../negotiation/clock.ts';

/** What one leader knew and wanted at a moment of the call. */
export interface PointOfView {
  side: SideId;
  leader: string;
  country: string;
  brief: string;
  goals: string[];
  walkAway: number;
  redLines: string[];
  /** The other side's red lines this leader knew of (public, or said out loud). */
  knownRedLines: string[];
  /** What the proposal on the table was worth to this leader, if there was one. */
  tableWorth: number | null;
  /** For a side played by the computer: the value it was aiming for at that moment. */
  aim: number | null;
}

export interface ReplayFrame {
  clock: number;
  time: string;
  /** The move that led here ("" for the start of the call). */
  move: string;
  /** The last lines of the call so far (at most TRANSCRIPT_TAIL). */
  transcript: { speaker?: string; text: string; kind: 'line' | 'meters' }[];
  meters: { name: string; value: number }[];
  settled: string;
  table: string;
  views: [PointOfView, PointOfView];
}

export interface DebriefPage {
  result: GameResult;
  scenario: Scenario;
  ending: EndingView;
  leader: string;
  otherLeader: string;
  frames: ReplayFrame[];
}

export function loadDebriefPage(
  param: string,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): { ok: true; page: DebriefPage } | { ok: false; message: string } {
  const check = readResult(param, scenarios, catalogue);
  if (!check.ok) return check;
  // The check replayed the record once: the ending, its debrief and the frames all read that replay.
  const { result, record, scenario, replayed } = check;
  const { moves, final } = replayed;
  const shown = endingView(scenario, final, result.side, null, catalogue);
  if (!shown) return { ok: false, message: t(catalogue, 'debriefPage.unfinished') };
  // The check's debrief is worded by this catalogue already (the check was given it).
  const debrief = check.debrief;
  const ending = {
    ...shown,
    debrief: debriefView(scenario, record, result.side, catalogue, debrief),
  };
  const leaderOf = (id: SideId) => scenario.sides.find((s) => s.id === id)?.leader ?? id;
  const first = moves[0]?.before ?? final;
  const frames: ReplayFrame[] = [
    frameOf(scenario, first, '', catalogue),
    ...moves.map((m) =>
      frameOf(
        scenario,
        m.after,
        describeMove(scenario, m.logged.side, m.logged.move, catalogue),
        catalogue,
      ),
    ),
  ];
  const other = scenario.sides.find((s) => s.id !== result.side)?.id ?? result.side;
  return {
    ok: true,
    page: {
      result,
      scenario,
      ending,
      leader: leaderOf(result.side),
      otherLeader: leaderOf(other),
      frames,
    },
  };
}

/** How many of the last lines of the call a frame holds: what the replay shows. */
export const TRANSCRIPT_TAIL = 12;

/**
 * The last lines of the call so far, narrated from the end back: a frame of a
 * long game (thousands of moves) never narrates the whole call again.
 */
function transcriptTail(
  scenario: Scenario,
  game: GameState,
  catalogue: Catalogue,
): ReplayFrame['transcript'] {
  const lines: ReplayFrame['transcript'] = [];
  const transcript = listOf(game, 'transcript');
  for (let i = transcript.length - 1; i >= 0 && lines.length < TRANSCRIPT_TAIL; i--) {
    const raw = transcript.at(i);
    if (!raw) continue;
    // The clock's slow drift of the meters is left out, as on the call screen.
    const entry =
      raw.kind === 'meters'
        ? { ...raw, changes: raw.changes.filter((c) => c.cause.kind !== 'clock') }
        : raw;
    if (entry.kind === 'meters' && entry.changes.length === 0) continue;
    const line = narrate(scenario, entry, catalogue);
    // A scenario event (an aide, a news flash) reads as a line with its own speaker.
    lines.unshift(
      line.kind === 'meters'
        ? { kind: 'meters', text: line.text }
        : { kind: 'line', speaker: line.speaker, text: line.text },
    );
  }
  return lines;
}

function frameOf(
  scenario: Scenario,
  game: GameState,
  move: string,
  catalogue: Catalogue,
): ReplayFrame {
  const pov = (side: SideId): PointOfView => {
    const view = sidesView(scenario, game, side);
    const label = (r: { issue: string; option: string }) => {
      const issue = scenario.issues.find((i) => i.id === r.issue);
      return `${issue?.name ?? r.issue}: ${issue?.options.find((o) => o.id === r.option)?.label ?? r.option}`;
    };
    const standing = game.standing;
    return {
      side,
      leader: view.me.leader,
      country: view.me.country,
      brief: view.me.brief,
      goals: view.me.goals,
      walkAway: view.me.walkAway,
      redLines: view.me.redLines.map(label),
      knownRedLines: view.them.knownRedLines.map(label),
      tableWorth: standing
        ? Math.round(utility(scenario, side, mergeTerms(game.settled, standing.terms)))
        : null,
      aim:
        game.settings.controllers[side] === 'computer' && !game.result
          ? Math.round(agentView(scenario, game, side).target)
          : null,
    };
  };
  const [a, b] = scenario.sides;
  const standing = game.standing;
  return {
    clock: game.clock,
    time: clockText(game.clock),
    move,
    transcript: transcriptTail(scenario, game, catalogue),
    meters: scenario.meters.map((m) => ({
      name: m.name,
      value: Math.round(game.meters[m.id] ?? m.start),
    })),
    settled: describeTerms(scenario, game.settled, catalogue),
    table: standing
      ? `${scenario.sides.find((s) => s.id === standing.by)?.leader ?? standing.by}: ${describeTerms(scenario, standing.terms, catalogue)}`
      : '',
    views: [pov(a?.id ?? ''), pov(b?.id ?? '')],
  };
}
