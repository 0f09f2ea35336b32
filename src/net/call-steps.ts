// A player's view kept up to date from the call room's steps: the whole view
// (a CallUpdate) on joining, then each step's new entries appended to it. The
// server and both ends (the student's page, the tests, the bench) agree on it
// here, so a view rebuilt from steps is the view the server would send whole.
import type { CallStep, CallUpdate } from './protocol.ts';

type Game = CallUpdate['view']['game'];

/** The lengths of a view's growing lists: where the next step's new entries start. */
export interface StepMarks {
  log: number;
  transcript: number;
  meterHistory: number;
  lines: number;
}

export const marksOf = (
  game: Pick<Game, 'log' | 'transcript' | 'meterHistory'>,
  lines: number,
): StepMarks => ({
  log: game.log.length,
  transcript: game.transcript.length,
  meterHistory: game.meterHistory.length,
  lines,
});

/** The game part of a step: the growing lists cut to their entries after `marks`. */
export function gameStep(game: Game, marks: StepMarks): Game {
  return {
    ...game,
    log: game.log.slice(marks.log),
    transcript: game.transcript.slice(marks.transcript),
    meterHistory: game.meterHistory.slice(marks.meterHistory),
  };
}

/**
 * The view after `step`; null when the step does not follow it (a step of an
 * earlier event, or one after a missed step: the page waits for a whole view).
 */
export function applyStep(update: CallUpdate, step: CallStep): CallUpdate | null {
  if (step.events !== update.events + 1) return null;
  const game = update.view.game;
  return {
    ...update,
    phase: step.phase,
    events: step.events,
    legal: step.legal,
    lines: [...update.lines, ...step.lines],
    view: {
      ...update.view,
      them: { ...update.view.them, knownRedLines: step.knownRedLines },
      game: {
        ...step.game,
        log: [...game.log, ...step.game.log],
        transcript: [...game.transcript, ...step.game.transcript],
        meterHistory: [...game.meterHistory, ...step.game.meterHistory],
      },
    },
  };
}
