// The scenario editor's state, the one bridge between the text a teacher types
// and everything the editor page shows: the drafts kept in this browser, the
// problems of the current text (the loader's at once, the deeper checks a
// moment later, from a worker), and whether the work is saved. The page draws
// it and calls its actions; it never checks a scenario itself.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { loadScenario } from '../scenario/load.ts';
import type { Problem } from '../scenario/problem.ts';
import { STARTER_SCENARIO } from '../scenario/starter.ts';
import { copyOfScenarioText } from './editor-copy.ts';
import { fileReport, type FileReport } from '../negotiation/analysis/file-report.ts';
import type { Scheduler } from './game-store.ts';
import type { Draft, DraftChange, DraftStorage } from './drafts.ts';
import type { Catalogue } from '../messages/i18n.ts';

export type { Draft, DraftStorage, StorageResult } from './drafts.ts';

/** The deeper checks (reachability, balance): in a worker in the browser, since they take a moment. */
export interface DeepChecker {
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
  checker: DeepChecker;
  bundled: BundledScenario[];
  scheduler?: Scheduler;
  now?: () => number;
  /** Quiet time after a keystroke before the work is saved, in ms. */
  saveDelayMs?: number;
  /** Quiet time after a keystroke before the deeper checks run, in ms. */
  deepDelayMs?: number;
}

export type SaveStatus =
  | { state: 'saved'; at: number }
  | { state: 'pending' }
  | { state: 'failed'; reason: 'full' | 'blocked' };

export interface CheckState {
  /** The problems shown: the deeper checks' once they are done for this very text, the loader's until then. */
  problems: Problem[];
  /** 'loading': the text does not load (only the loader's problems); 'checking': deeper checks running. */
  stage: 'invalid' | 'checking' | 'done' | 'failed';
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

/** Texts larger than this are loaded and checked only in the worker, never on a keystroke here. */
export const MAX_INLINE_CHECK_CHARS = 100_000;

const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The loader's verdict on a text, at once: its problems, or its warnings when it loads. */
function quickCheck(
  name: string,
  text: string,
  catalogue: Catalogue,
): { loads: boolean; problems: Problem[] } {
  // A text far larger than any scenario (a hostile file) would hold up typing: the worker alone reads it.
  if (text.length > MAX_INLINE_CHECK_CHARS) return { loads: true, problems: [] };
  const result = loadScenario(name, text, catalogue);
  return result.ok
    ? { loads: true, problems: result.warnings }
    : { loads: false, problems: result.problems };
}

/** "copy-of-x.yaml", "copy-of-x-2.yaml", …: a name no other draft has. */
function freshName(base: string, drafts: readonly Draft[]): string {
  const stem = base.replace(/\.(ya?ml|json)$/i, '');
  const taken = new Set(drafts.map((d) => d.name));
  for (let i = 1; ; i++) {
    const name = `${stem}${i === 1 ? '' : `-${i}`}.yaml`;
    if (!taken.has(name)) return name;
  }
}

export function createEditorStore(deps: EditorDeps, catalogue: Catalogue): EditorStore {
  const scheduler = deps.scheduler ?? realScheduler;
  const now = deps.now ?? (() => Date.now());
  const saveDelay = deps.saveDelayMs ?? 400;
  const deepDelay = deps.deepDelayMs ?? 600;
  let saveTimer: unknown = null;
  let deepTimer: unknown = null;
  let counter = 0;
  const newId = () => `d${now().toString(36)}-${(counter++).toString(36)}`;
  /** Each draft's last change as this tab read or wrote it: storage holding another means another tab wrote it. */
  const base = new Map<string, number>();
  /** Drafts changed here and not yet in storage. */
  const dirty = new Set<string>();

  const stored = deps.storage.load();
  for (const d of stored.drafts) base.set(d.id, d.updatedAt);
  const notice: EditorNotice = stored.blocked
    ? 'blocked'
    : stored.damaged > 0
      ? 'corrupt-storage'
      : stored.drafts.length > 0
        ? 'restored'
        : null;
  const starter: Draft = {
    id: newId(),
    name: 'my-scenario.yaml',
    text: STARTER_SCENARIO,
    updatedAt: now(),
  };
  const drafts = stored.drafts.length > 0 ? stored.drafts : [starter];
  const current = drafts.find((d) => d.id === stored.openId) ?? drafts[0] ?? starter;

  const checkFor = (draft: Draft, catalogue: Catalogue): CheckState => {
    const quick = quickCheck(draft.name, draft.text, catalogue);
    return { problems: quick.problems, stage: quick.loads ? 'checking' : 'invalid', report: null };
  };

  const get = () => store.getState();
  const set = (partial: Partial<EditorState>) => store.setState(partial);

  /** This tab's version of a draft another tab also changed, as a new draft beside theirs. */
  const forkConflict = (mine: Draft, theirs: Draft) => {
    const copy: Draft = {
      ...mine,
      id: newId(),
      name: freshName(`${mine.name.replace(/\.(ya?ml|json)$/i, '')}-this-tab`, get().drafts),
      updatedAt: now(),
    };
    dirty.delete(mine.id);
    dirty.add(copy.id);
    base.set(theirs.id, theirs.updatedAt);
    const all = [copy, ...get().drafts.map((d) => (d.id === theirs.id ? theirs : d))];
    const wasOpen = get().current.id === mine.id;
    set({
      drafts: all,
      ...(wasOpen ? { current: copy } : {}),
      notice: 'conflict',
      conflictCopy: copy.name,
    });
    return copy;
  };

  const persist = () => {
    if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
    saveTimer = null;
    let failed: 'full' | 'blocked' | null = null;
    for (const id of [...dirty]) {
      const mine = get().drafts.find((d) => d.id === id);
      if (!mine) {
        dirty.delete(id);
        continue;
      }
      const there = deps.storage.read(id);
      const toWrite =
        there && there.updatedAt !== base.get(id) && there.text !== mine.text
          ? forkConflict(mine, there)
          : mine;
      const result = deps.storage.write(toWrite);
      if (result.ok) {
        dirty.delete(toWrite.id);
        base.set(toWrite.id, toWrite.updatedAt);
      } else failed = result.reason;
    }
    deps.storage.rememberOpen(get().current.id);
    set({ saved: failed ? { state: 'failed', reason: failed } : { state: 'saved', at: now() } });
  };
  const scheduleSave = () => {
    if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
    saveTimer = scheduler.setTimeout(persist, saveDelay);
    if (get().saved.state !== 'failed') set({ saved: { state: 'pending' } });
  };
  /** The deeper checks of the open draft, after a quiet moment; a result for an older text is dropped. */
  const scheduleDeepCheck = (delay: number) => {
    if (deepTimer !== null) scheduler.clearTimeout(deepTimer);
    deepTimer = null;
    if (get().check.stage !== 'checking') return;
    deepTimer = scheduler.setTimeout(() => {
      deepTimer = null;
      const draft = get().current;
      const stillOpen = () =>
        get().current.text === draft.text && get().current.name === draft.name;
      deps.checker.check(draft.name, draft.text).then(
        (report) => {
          if (stillOpen()) set({ check: { problems: report.problems, stage: 'done', report } });
        },
        () => {
          if (stillOpen()) set({ check: { ...get().check, stage: 'failed' } });
        },
      );
    }, delay);
  };
  /** Opens a draft (new or existing), checks it and saves. */
  const open = (draft: Draft, all: Draft[], catalogue: Catalogue) => {
    set({ drafts: all, current: draft, check: checkFor(draft, catalogue) });
    scheduleDeepCheck(0);
    persist();
  };
  const addDraft = (name: string, text: string) => {
    const others = get().drafts;
    const draft: Draft = { id: newId(), name: freshName(name, others), text, updatedAt: now() };
    // Every draft is kept: when storage is full the page says so, and nothing is dropped to make room.
    dirty.add(draft.id);
    open(draft, [draft, ...others], catalogue);
  };

  /** What another tab wrote: taken in, unless this tab changed the same draft too (then both are kept). */
  const takeChange = ({ id, draft: theirs }: DraftChange) => {
    const mine = get().drafts.find((d) => d.id === id);
    if (theirs === null) {
      // Removed elsewhere: kept here while it is open or holds unsaved work.
      if (mine && !dirty.has(id) && get().current.id !== id && get().drafts.length > 1)
        set({ drafts: get().drafts.filter((d) => d.id !== id) });
      base.delete(id);
      return;
    }
    if (mine && mine.text !== theirs.text && dirty.has(id)) {
      forkConflict(mine, theirs);
      scheduleSave();
      return;
    }
    base.set(id, theirs.updatedAt);
    const all = mine
      ? get().drafts.map((d) => (d.id === id ? theirs : d))
      : [theirs, ...get().drafts];
    if (get().current.id === id)
      set({ drafts: all, current: theirs, check: checkFor(theirs, catalogue) });
    else set({ drafts: all });
    if (get().current.id === id) scheduleDeepCheck(deepDelay);
  };
  const stopWatching = deps.storage.watch(takeChange);

  const actions: EditorActions = {
    edit(text) {
      const { current: draft, drafts: all } = get();
      if (text === draft.text) return;
      const edited: Draft = { ...draft, text, updatedAt: now() };
      dirty.add(edited.id);
      set({
        current: edited,
        drafts: all.map((d) => (d.id === edited.id ? edited : d)),
        check: checkFor(edited, catalogue),
      });
      scheduleDeepCheck(deepDelay);
      scheduleSave();
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
      if (draft && draft.id !== get().current.id) open(draft, get().drafts, catalogue);
    },
    deleteDraft(id) {
      const all = get().drafts;
      if (all.length <= 1) return;
      const rest = all.filter((d) => d.id !== id);
      dirty.delete(id);
      deps.storage.remove(id);
      const next = get().current.id === id ? (rest[0] ?? get().current) : get().current;
      open(next, rest, catalogue);
    },
    flush() {
      if (dirty.size > 0 || get().saved.state === 'pending') persist();
    },
    hasUnsavedWork() {
      return dirty.size > 0;
    },
    dismissNotice() {
      set({ notice: null, conflictCopy: null });
    },
    dispose() {
      if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
      if (deepTimer !== null) scheduler.clearTimeout(deepTimer);
      stopWatching();
      deps.checker.dispose();
    },
  };

  const store: EditorStore = createStore<EditorState>()(() => ({
    drafts,
    current,
    check: checkFor(current, catalogue),
    saved: stored.blocked
      ? { state: 'failed', reason: 'blocked' }
      : stored.drafts.length > 0
        ? { state: 'saved', at: current.updatedAt }
        : { state: 'pending' },
    notice,
    conflictCopy: null,
    bundled: deps.bundled,
    actions,
  }));
  // The first draft ever is saved at once, so a reload finds it (the template: nothing to warn about if it cannot be).
  if (stored.drafts.length === 0 && !stored.blocked) {
    const result = deps.storage.write(starter);
    if (result.ok) base.set(starter.id, starter.updatedAt);
    set({
      saved: result.ok ? { state: 'saved', at: now() } : { state: 'failed', reason: result.reason },
    });
  }
  scheduleDeepCheck(0);
  return store;
}

/** The deeper checks run right here (tests, and a browser where workers are blocked). */
export function createInlineChecker(catalogue: Catalogue): DeepChecker {
  return {
    check: (file, text) =>
      Promise.resolve(fileReport(file, loadScenario(file, text, catalogue), catalogue, true)),
    dispose() {},
  };
}
