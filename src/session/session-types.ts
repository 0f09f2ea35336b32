// The session machine's input, context and events: one discriminated union of
// what a player (or a host) can ask of a game session.
import type { Problem } from '../scenario/problem.ts';
import type { CallEvent } from '../negotiation/call-machine.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { Controller, Difficulty, GameSettings, Move, SideId } from '../negotiation/types.ts';
import type { CallSnapshot } from './session-rules.ts';

/** Hot seat: the screen that hides one player's view until the other has the computer. */
export interface Handover {
  to: SideId;
  /** What the player taking over sees next: their briefing, or the call. */
  next: 'briefing' | 'call';
}

export interface SessionInput {
  /** Whose screen this is (in hot seat: whoever has the computer now). */
  side: SideId;
  /** Who plays each side. */
  players: Record<SideId, Controller>;
  difficulty?: Difficulty;
  /** A fixed seed for every game (a teacher's link); null draws one from `newSeed`. */
  seed?: number | null;
  /** A fresh seed for a game without a fixed one (the host's randomness, passed in). */
  newSeed: () => number;
}

export interface SessionContext {
  viewer: SideId;
  players: Record<SideId, Controller>;
  difficulty: Difficulty;
  seed: number | null;
  newSeed: () => number;
  /** Hot seat: the sides whose players have read their briefing for this game. */
  briefed: SideId[];
  handover: Handover | null;
  /** The settings of the game being played; null before the first call. */
  settings: GameSettings | null;
  /** The events the call accepted, in order: with the settings, a replayable record. */
  events: CallEvent[];
  /** The call machine's latest snapshot; null before the first call. */
  call: CallSnapshot | null;
  /** A record's accepted events still to be sent to the call (a replay or a resume). */
  replaying: CallEvent[];
  problems: { file: string; problems: Problem[] } | null;
}

export type SessionEvent =
  | { type: 'selectSide'; side: SideId }
  | { type: 'selectDifficulty'; difficulty: Difficulty }
  | { type: 'setPlayers'; players: 1 | 2 }
  | { type: 'openBriefing' }
  | { type: 'startCall' }
  | { type: 'takeOver' }
  | { type: 'answer' }
  | { type: 'proceed' }
  | { type: 'move'; move: Move }
  | { type: 'skipThinking' }
  | { type: 'playAgain' }
  | { type: 'switchSides' }
  | { type: 'backToTitle' }
  | { type: 'replay'; record: GameRecord }
  | { type: 'resume'; record: GameRecord }
  | { type: 'showProblems'; file: string; problems: Problem[] }
  | { type: 'dismissProblems' };
