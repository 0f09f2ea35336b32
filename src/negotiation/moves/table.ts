// The moves table: one module per move kind, keyed by kind (boardgame.io's
// `moves` is the model). A kind missing here, or one here the Move union does
// not have, fails to compile. docs/engine.md says how to add a kind.
import type { MoveKind } from '../types.ts';
import type { MoveRule } from './turn.ts';
import { propose } from './propose.ts';
import { accept } from './accept.ts';
import { reject } from './reject.ts';
import { statement } from './statement.ts';
import { evidence } from './evidence.ts';
import { redLine } from './red-line.ts';
import { defer } from './defer.ts';
import { endCall } from './end-call.ts';

const MOVES: { readonly [K in MoveKind]: MoveRule<K> } = {
  propose,
  accept,
  reject,
  statement,
  evidence,
  redLine,
  defer,
  endCall,
};

/**
 * The rules for a move of any kind. The table pairs each kind with its own
 * move type; TypeScript cannot follow that pairing through a lookup by a
 * union-typed kind, so the lookup says so once, here.
 */
export function ruleOf(kind: MoveKind): MoveRule<MoveKind> {
  return MOVES[kind] as unknown as MoveRule<MoveKind>;
}
