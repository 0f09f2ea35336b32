// The messages between the live-class server (server/) and the browser pages
// (live.html for the teacher, join.html for a student): room names, message
// names and their shapes, written once for both ends. Types only, besides the
// names: the browser imports nothing of the rules through this file.
import type { PlayerView } from '../negotiation/player-view.ts';
import type { LegalMoves } from '../negotiation/legal-moves.ts';
import type { NarratedLine } from '../negotiation/narrate.ts';
import type { GameResult } from '../negotiation/result.ts';
import type { Difficulty, Move, SideId } from '../negotiation/types.ts';
import type { Language } from '../messages/catalogues.ts';
import type { CallPhase } from '../negotiation/call-machine.ts';

/** Colyseus room names. */
export const CLASS_ROOM = 'class';
export const CALL_ROOM = 'call';

/** Message types, by direction. */
export const MSG = {
  // call room → a player
  view: 'view',
  step: 'step',
  refused: 'refused',
  result: 'result',
  // call room ← a player
  move: 'move',
  // class room → a student
  lobby: 'lobby',
  seat: 'seat',
  // class room → the teacher
  dashboard: 'dashboard',
  // class room ← the teacher
  pair: 'pair',
  pairRandom: 'pairRandom',
  start: 'start',
} as const;

/** The phases of a call, as the call machine names its states. */
export type { CallPhase };

/** What one player receives after every accepted event: only their own side's view. */
export interface CallUpdate {
  callId: string;
  /** The call's scenario (the game's own copy, in the class's language: the hash checks it is the same). */
  scenario: { id: string; language: Language; hash: string };
  phase: CallPhase;
  view: PlayerView;
  legal: LegalMoves;
  /** The whole transcript in words, in the class's language. */
  lines: NarratedLine[];
  /** How many events the call holds so far (its stored record's length). */
  events: number;
}

/**
 * What changed in one player's view with one accepted event (the whole view,
 * a CallUpdate, comes on joining and on reconnecting): the call's growing
 * lists (the log, the transcript, the meters' history, the lines in words) as
 * their new entries only, the rest of the game whole. Small, so a move costs
 * the server little to tell; src/net/call-steps.ts applies it.
 */
export interface CallStep {
  phase: CallPhase;
  events: number;
  legal: LegalMoves;
  game: PlayerView['game'];
  /** The other side's red lines this side knows: their public ones and those voiced so far. */
  knownRedLines: PlayerView['them']['knownRedLines'];
  lines: NarratedLine[];
}

/** Why a move was refused: not this player's turn, or not a legal move now. */
export interface Refusal {
  reason: 'notYourTurn' | 'illegal' | 'malformed' | 'over';
}

/** The end of a call for one player: the same result a student hands in, and its link parameter. */
export interface CallEnd {
  result: GameResult;
  link: string;
}

/** A student's ticket to their call: join the call room with these options. */
export interface Seat {
  callId: string;
  side: SideId;
  token: string;
}

/** What the teacher asks for when the class room is created. */
export interface ClassOptions {
  scenario: string;
  difficulty: Difficulty;
  language: Language;
  /** Names the students pick from; empty: any name they type. */
  roster: string[];
  /** A fixed seed for every call (the same game for the class); absent: one seed per call. */
  seed?: number;
}

/** What a student sees while waiting in the class room. */
export interface Lobby {
  code: string;
  scenario: string;
  name: string;
  paired: boolean;
}

/** One call as the teacher's dashboard shows it: public facts only (the same any player sees). */
export interface CallSummary {
  callId: string;
  players: Record<SideId, string | null>;
  phase: CallPhase;
  clock: number;
  seconds: number;
  meters: Record<string, number>;
  moves: { side: SideId; kind: Move['kind']; clock: number }[];
  ending: string | null;
  endingTitle: string | null;
  /** The handed-in results (one per human side), once the call has ended. */
  results: GameResult[];
  /** Each result's link parameter (debrief.html#r=…), by side. */
  links: Record<SideId, string>;
}

export interface Dashboard {
  code: string;
  /** The teacher's secret for this class: with it, the page resumes the class if its server process dies. */
  key: string;
  scenario: string;
  students: { id: string; name: string; callId: string | null }[];
  pairs: { a: string; b: string | null }[];
  started: boolean;
  calls: CallSummary[];
}

/** The teacher's pairing: student ids two by two; a lone id plays the computer. */
export interface Pairing {
  pairs: { a: string; b: string | null }[];
}

export type { Move };
