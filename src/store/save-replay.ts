// Whether a saved game's events still replay: the moves are checked with the
// rules' own checkMove before the call machine sees them, so a save that was
// edited by hand (or that the rules now refuse) is not resumed.
import { createActor } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { GameState } from '../negotiation/types.ts';
import { moveSchema } from '../negotiation/move-schema.ts';
import { createCallMachine, type CallEvent } from '../negotiation/call-machine.ts';
import { checkMove } from '../negotiation/moves/index.ts';

type RecordedEvent = GameRecord['events'][number];

/** Why one recorded move may not be played on this game: undefined when it may (or it is not a move). */
function moveProblem(
  scenario: Scenario,
  game: GameState,
  event: RecordedEvent,
): string | undefined {
  if (event.type !== 'move') return undefined;
  const move = moveSchema.safeParse(event.move);
  if (!move.success) return 'a move of an unknown shape';
  if (!scenario.sides.some((s) => s.id === event.side)) return 'a move by no side';
  return checkMove(scenario, game, event.side, move.data) ?? undefined;
}

/**
 * Why a save's events cannot be replayed: a move of the wrong shape, from no
 * side, or one the rules refuse (checked with checkMove before the rules
 * see it), or an event the call would not take. Undefined when all replay.
 */
export function replayProblem(scenario: Scenario, record: GameRecord): string | undefined {
  const actor = createActor(createCallMachine(scenario), {
    input: { settings: record.settings },
  });
  try {
    actor.start();
    for (const event of record.events) {
      const snapshot = actor.getSnapshot();
      const problem = moveProblem(scenario, snapshot.context.game, event);
      if (problem !== undefined) return problem;
      // Other events a live call refused (a double click) were recorded too, and are skipped as they were.
      if (snapshot.can(event as CallEvent)) actor.send(event as CallEvent);
      else if (event.type === 'move') return 'a move the call refused';
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'the replay failed';
  } finally {
    actor.stop();
  }
}
