// The scenario editor's state, the one bridge between the text a teacher types
// and everything the editor page shows: the drafts kept in this browser, the
// problems of the current text (the loader's after a short pause, the deeper
// checks a moment later, both from a worker: typing never waits for a check),
// and whether the work is saved. The page draws it and calls its actions; it
// never checks a scenario itself.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { loadScenario } from '../scenario/load.ts';
import type { Problem } from '../scenario/problem.ts';
import { STARTER_SCENARIO } from '../scenario/starter.ts';
import { copyOfScenarioText } from './editor-copy.ts';
import { fileReport, type FileReport } from '../negotiation/analysis/file-report.ts';
import type { Scheduler } from './game-store.ts';
import type { Draft, DraftStorage, StoredDrafts } from './drafts.ts';
import {
  createCheckRunner,
  pendingCheck,
  type CheckRunner,
  type StateAccess,
} from './editor-checks.ts';
import { createDraftKeeper, freshName, type DraftKeeper } from './editor-saving.ts';
import type { Catalogue } from '../messages/i18n.ts';

/** The loader's verdict on a text: its problems, or its warnings when it loads. */
export interface LoadVerdict {
  loads: boolean;
  problems: Problem[];
}

/**
 * Every check of a text, in a worker in the browser (off the main thread, so
 * typing never waits): the loader's verdict, then the deeper checks
 * (reachability, balance). A newer request may abandon an older one (its
 * promise rejects); the store drops any answer for a text no longer open.
 */
export interface ScenarioChecker {
  load(file: string, text: string): Promise<LoadVerdict>;
  check(file: string, text: string): Promise<FileReport>;
  dispose(): void;
}

export interface BundledScenario {
  file: string;
  title: string;
  text: string;
}

export interface EditorDeps {
  storage: DraftStorage;
  checker: ScenarioChecker;
  bundled: BundledScenario[];
  scheduler?: Scheduler;
  now?: () => number;
  /** Quiet time after a keystroke before the work is saved, in ms. */
  saveDelayMs?: number;
  /** Quiet time after a keystroke before the loader's check runs, in ms. */
  loadDelayMs?: number;
  /** Quiet time after a keystroke before the deeper checks run, in ms. */
  deepDelayMs?: number;
}

export type SaveStatus =
  | { state: 'saved'; at: number }
  | { state: 'pending' }
  | { state: 'failed'; reason: 'full' | 'blocked' };

export interface CheckState {
  /**
   * The problems shown: the deeper checks' once they are done for this very
   * text, the loader's until then (while 'pending', those of the text before
   * the last keystrokes: the list does not flicker as the teacher types).
   */
  problems: Problem[];
  /**
   * 'pending': the loader has not answered for this text yet; 'invalid': it
   * does not load (only the loader's problems); 'checking': deeper checks running.
   */
  stage: 'pending' | 'invalid' | 'checking' | 'done' | 'failed';
  /** The deeper report, when done for the current text. */
  report: FileReport | null;
}

/**
 * A notice for the teacher about their work: drafts restored; entries that
 * could not be read (kept aside); storage blocked (nothing is kept: download);
 * another tab changed the draft this one was changing (both kept).
 */
export type EditorNotice = 'restored' | 'corrupt-storage' | 'blocked' | 'conflict' | null;

export interface EditorState {
  drafts: Draft[];
  current: Draft;
  check: CheckState;
  saved: SaveStatus;
  notice: EditorNotice;
  /** After a conflict: the name of the draft that holds this tab's version. */
  conflictCopy: string | null;
  bundled: BundledScenario[];
  actions: EditorActions;
}

export interface EditorActions {
  /** The teacher typed: the text is checked at once and saved after a short pause. */
  edit(text: string): void;
  /** A new draft from the starter template, or from a copy of a bundled scenario. */
  startFrom(source: 'starter' | string): void;
  /** A new draft from a file the teacher opened. */
  openFile(name: string, text: string): void;
  switchDraft(id: string): void;
  /** Removes a draft (never the last one). */
  deleteDraft(id: string): void;
  /** Saves now (the page is being hidden or closed). */
  flush(): void;
  /** True while some edit is not in storage (it is full or blocked, or the save is pending). */
  hasUnsavedWork(): boolean;
  dismissNotice(): void;
  dispose(): void;
}

export type EditorStore = StoreApi<EditorState>;

const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The loader's verdict on a text, here and now: for the inline checker only (the store never loads a text itself). */
function loadVerdict(name: string, text: string, catalogue: Catalogue): LoadVerdict {
  const result = loadScenario(name, text, catalogue);
  return result.ok
    ? { loads: true, problems: result.warnings }
    : { loads: false, problems: result.problems };
}

const noticeOf = (stored: StoredDrafts): EditorNotice =>
  stored.blocked
    ? 'blocked'
    : stored.damaged > 0
      ? 'corrupt-storage'
      : stored.drafts.length > 0
        ? 'restored'
        : null;

const savedOf = (stored: StoredDrafts, current: Draft): SaveStatus =>
  stored.blocked
    ? { state: 'failed', reason: 'blocked' }
    : stored.drafts.length > 0
      ? { state: 'saved', at: current.updatedAt }
      : { state: 'pending' };

export function createEditorStore(deps: EditorDeps): EditorStore {
  const scheduler = deps.scheduler ?? realScheduler;
  const now = deps.now ?? (() => Date.now());
  let counter = 0;
  const newId = () => `d${now().toString(36)}-${(counter++).toString(36)}`;
  const state: StateAccess = {
    get: () => store.getState(),
    set: (partial) => store.setState(partial),
  };
  const checks = createCheckRunner(
    deps.checker,
    scheduler,
    { load: deps.loadDelayMs ?? 100, deep: deps.deepDelayMs ?? 600 },
    state,
  );
  const keeper = createDraftKeeper(
    {
      storage: deps.storage,
      scheduler,
      now,
      newId,
      saveDelay: deps.saveDelayMs ?? 400,
      replacedOpen: (draft) => {
        state.set({ current: draft, check: pendingCheck(state.get().check.problems) });
        checks.recheck(deps.loadDelayMs ?? 100);
      },
    },
    state,
  );

  const stored = deps.storage.load();
  stored.drafts.forEach(keeper.known);
  const starter: Draft = {
    id: newId(),
    name: 'my-scenario.yaml',
    text: STARTER_SCENARIO,
    updatedAt: now(),
  };
  const drafts = stored.drafts.length > 0 ? stored.drafts : [starter];
  const current = drafts.find((d) => d.id === stored.openId) ?? drafts[0] ?? starter;
  const actions = editorActions({ deps, state, checks, keeper, now, newId });
  const store: EditorStore = createStore<EditorState>()(() => ({
    drafts,
    current,
    check: pendingCheck(),
    saved: savedOf(stored, current),
    notice: noticeOf(stored),
    conflictCopy: null,
    bundled: deps.bundled,
    actions,
  }));
  // The first draft ever is saved at once, so a reload finds it (the template: nothing to warn about if it cannot be).
  if (stored.drafts.length === 0 && !stored.blocked) {
    const result = deps.storage.write(starter);
    if (result.ok) keeper.known(starter);
    state.set({
      saved: result.ok ? { state: 'saved', at: now() } : { state: 'failed', reason: result.reason },
    });
  }
  checks.recheck(0);
  return store;
}

interface ActionParts {
  deps: EditorDeps;
  state: StateAccess;
  checks: CheckRunner;
  keeper: DraftKeeper;
  now: () => number;
  newId: () => string;
}

function editorActions({ deps, state, checks, keeper, now, newId }: ActionParts): EditorActions {
  const { get, set } = state;
  /** Opens a draft (new or existing), checks it and saves. */
  const open = (draft: Draft, all: Draft[]) => {
    set({ drafts: all, current: draft, check: pendingCheck() });
    checks.recheck(0);
    keeper.persist();
  };
  const addDraft = (name: string, text: string) => {
    const others = get().drafts;
    const draft: Draft = { id: newId(), name: freshName(name, others), text, updatedAt: now() };
    // Every draft is kept: when storage is full the page says so, and nothing is dropped to make room.
    keeper.changed(draft.id);
    open(draft, [draft, ...others]);
  };
  return {
    edit(text) {
      const { current: draft, drafts: all, check } = get();
      if (text === draft.text) return;
      const edited: Draft = { ...draft, text, updatedAt: now() };
      set({
        current: edited,
        drafts: all.map((d) => (d.id === edited.id ? edited : d)),
        check: pendingCheck(check.problems),
      });
      checks.recheck(deps.loadDelayMs ?? 100);
      keeper.changed(edited.id);
    },
    startFrom(source) {
      if (source === 'starter') return addDraft('my-scenario.yaml', STARTER_SCENARIO);
      const scenario = get().bundled.find((b) => b.file === source);
      if (scenario) {
        // Ids the other drafts already give their copies: each copy gets one of its own.
        const taken = get().drafts.flatMap(
          (d) => /^id:\s*"?([\w-]+)"?\s*$/m.exec(d.text)?.[1] ?? [],
        );
        addDraft(`copy-of-${scenario.file}`, copyOfScenarioText(scenario.text, taken));
      }
    },
    openFile(name, text) {
      addDraft(name, text);
    },
    switchDraft(id) {
      const draft = get().drafts.find((d) => d.id === id);
      if (draft && draft.id !== get().current.id) open(draft, get().drafts);
    },
    deleteDraft(id) {
      const all = get().drafts;
      if (all.length <= 1) return;
      const rest = all.filter((d) => d.id !== id);
      keeper.removed(id);
      const next = get().current.id === id ? (rest[0] ?? get().current) : get().current;
      open(next, rest);
    },
    flush() {
      if (keeper.unsaved() || keeper.pending()) keeper.persist();
    },
    hasUnsavedWork: () => keeper.unsaved(),
    dismissNotice() {
      set({ notice: null, conflictCopy: null });
    },
    dispose() {
      checks.dispose();
      keeper.dispose();
      deps.checker.dispose();
    },
  };
}

/** Every check run right here, on the main thread (tests, and a browser where workers are blocked). */
export function createInlineChecker(catalogue: Catalogue): ScenarioChecker {
  return {
    load: (file, text) => Promise.resolve(loadVerdict(file, text, catalogue)),
    check: (file, text) =>
      Promise.resolve(fileReport(file, loadScenario(file, text, catalogue), catalogue, true)),
    dispose() {},
  };
}
