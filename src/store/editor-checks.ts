// The editor's checks of the open draft, run by the checker (a worker in the
// browser): after a short pause in the typing the loader's verdict, and, for a
// text that loads, the deeper checks a moment later. Every answer is taken
// only while its text is still the open one and the check is still at that
// stage: an answer for an older text is dropped.
import type { Scheduler } from './game-store.ts';
import type { Draft } from './drafts.ts';
import type { CheckState, EditorState, ScenarioChecker } from './editor-store.ts';

/** Reading and changing the editor's state, for the parts the store is made of. */
export interface StateAccess {
  get(): EditorState;
  set(partial: Partial<EditorState>): void;
}

export interface CheckRunner {
  /** The open draft's text changed, or another draft opened: checked again after `delay` ms. */
  recheck(delay: number): void;
  dispose(): void;
}

/** The check state of a text not yet read by the loader: `problems` are what stays shown until it answers. */
export const pendingCheck = (problems: CheckState['problems'] = []): CheckState => ({
  problems,
  stage: 'pending',
  report: null,
});

export function createCheckRunner(
  checker: ScenarioChecker,
  scheduler: Scheduler,
  delays: { load: number; deep: number },
  state: StateAccess,
): CheckRunner {
  let timer: unknown = null;
  const clear = () => {
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = null;
  };
  const later = (run: () => void, delay: number) => {
    clear();
    timer = scheduler.setTimeout(() => {
      timer = null;
      run();
    }, delay);
  };
  /** True while `draft`'s text is the open one and its check is at `stage`. */
  const still = (draft: Draft, stage: CheckState['stage']) => {
    const { current, check } = state.get();
    return current.text === draft.text && current.name === draft.name && check.stage === stage;
  };
  const failed = (draft: Draft, stage: CheckState['stage']) => () => {
    if (still(draft, stage)) state.set({ check: { ...state.get().check, stage: 'failed' } });
  };

  const deep = (draft: Draft) => {
    checker.check(draft.name, draft.text).then(
      (report) => {
        if (still(draft, 'checking'))
          state.set({ check: { problems: report.problems, stage: 'done', report } });
      },
      failed(draft, 'checking'),
    );
  };
  const load = (draft: Draft) => {
    checker.load(draft.name, draft.text).then(
      (verdict) => {
        if (!still(draft, 'pending')) return;
        state.set({
          check: {
            problems: verdict.problems,
            stage: verdict.loads ? 'checking' : 'invalid',
            report: null,
          },
        });
        if (verdict.loads) later(() => deep(draft), Math.max(0, delays.deep - delays.load));
      },
      failed(draft, 'pending'),
    );
  };

  return {
    recheck(delay) {
      later(() => load(state.get().current), delay);
    },
    dispose: clear,
  };
}
