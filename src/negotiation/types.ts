// The game's data: settings, moves, the deal, and the state of a call. Plain
// JSON-safe objects, so a snapshot saves and restores and a replay compares.
import type { z } from 'zod';
import type { CallEnd, CountedMove, LESSON_DIFFICULTIES, Style } from '../scenario/schema.ts';
import type { moveSchema } from './move-schema.ts';

export type SideId = string;
export type IssueId = string;
export type OptionId = string;
export type MeterId = string;

/** A game's difficulty: one of the schema's lesson difficulties, but not "all". */
export type Difficulty = Exclude<(typeof LESSON_DIFFICULTIES)[number], 'all'>;
export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const satisfies readonly Difficulty[];
export type Controller = 'human' | 'computer';

export interface GameSettings {
  seed: number;
  /** Who plays each side, by side id. */
  controllers: Record<SideId, Controller>;
  difficulty: Difficulty;
  /** Replace a side's negotiating style from the scenario (for simulations). */
  styles?: Record<SideId, Style>;
}

/** On an issue, a deal settles one option, or defers the issue to the follow-up talks. */
export const DEFERRED = 'deferred';
export type Settlement = OptionId | typeof DEFERRED;
/** Issue id → settlement; a missing issue is open. */
export type Terms = Readonly<Record<IssueId, Settlement>>;

/** One move: its shape is src/negotiation/move-schema.ts's (the one source). */
export type Move = z.infer<typeof moveSchema>;
export type MoveKind = Move['kind'];

export interface Proposal {
  by: SideId;
  terms: Terms;
}

/** Why a meter moved: shown as "+8 pressure: threatening". */
export type Cause =
  | { kind: 'move'; move: CountedMove }
  | { kind: 'option'; issue: IssueId; option: Settlement }
  | { kind: 'evidence'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'clock' };

export interface MeterChange {
  meter: MeterId;
  delta: number;
  cause: Cause;
}

/** One thing said on the call; its words are rendered from the scenario on demand. */
export interface Utterance {
  kind: 'line';
  clock: number;
  speaker: SideId;
  situation: string;
  /** Index into the scenario's lines for (situation, speaker), or -1 when it has none. */
  line: number;
  /** Evidence lines come from the evidence item, not the dialogue bank. */
  evidence?: string;
  issue?: IssueId;
  option?: Settlement;
  terms?: Terms;
}

export interface MeterEntry {
  kind: 'meters';
  clock: number;
  changes: MeterChange[];
}

/** A scenario event heard on the call (a third voice: an aide, a news flash); its meter changes follow as a MeterEntry. */
export interface EventEntry {
  kind: 'event';
  clock: number;
  /** The event's id in the scenario's `events`. */
  event: string;
}

export type TranscriptEntry = Utterance | MeterEntry | EventEntry;

export interface LoggedMove {
  side: SideId;
  move: Move;
  clock: number;
}

/** What a computer side has learned of the other from everything it did, and its own memory of the call. */
export interface OpponentModel {
  /** Estimated weight of each issue to the opponent (sums to 1). */
  weights: Record<IssueId, number>;
  /** How often the opponent proposed each settlement, by issue. */
  counts: Record<IssueId, Record<Settlement, number>>;
  /** How often the opponent turned down each settlement (rejections, counters, red lines), by issue. */
  refused: Record<IssueId, Record<Settlement, number>>;
  /** The opponent's last proposal, to see which issues it holds steady. */
  last: Terms | null;
  /** Options the opponent has said are red lines (or are public). */
  redLines: { issue: IssueId; option: OptionId }[];
  /** This side's reaction to the other's conduct: the meter changes the other's moves caused, by softensWith. */
  mood: number;
  /**
   * This side's utility of the other's first offer, and of its best offer that
   * this side could take (across none of its red lines), open issues at
   * walk-away: its reciprocity, and the least it holds the other side to.
   */
  firstOffer: number | null;
  bestOffer: number | null;
  /** How many statements in a row the other side has made, none of its other moves between. */
  talkStreak: number;
  /** This side's mood when it made its last offer (the offer itself is in the log). */
  lastOwn: { mood: number } | null;
}

export interface CallResult {
  reason: CallEnd;
  /** Who hung up, or whose meter threshold ended it. */
  by?: SideId;
  ending: string;
}

export interface GameState {
  settings: GameSettings;
  rng: number;
  /** Seconds since the call was answered. */
  clock: number;
  turn: SideId;
  meters: Record<MeterId, number>;
  settled: Terms;
  standing: Proposal | null;
  log: LoggedMove[];
  transcript: TranscriptEntry[];
  meterHistory: { clock: number; meters: Record<MeterId, number> }[];
  evidenceUsed: string[];
  redLinesInvoked: { side: SideId; issue: IssueId; option: OptionId }[];
  counts: Record<SideId, Record<CountedMove, number>>;
  /** By side: what that side has learned of the other. Only sides the computer plays have one. */
  models: Record<SideId, OpponentModel>;
  /** Set when the call is over (closing). */
  result: CallResult | null;
}
