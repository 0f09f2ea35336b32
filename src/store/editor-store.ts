// The scenario editor's state, the one bridge between the text a teacher types
// and everything the editor page shows: the drafts kept in this browser, the
// problems of the current text (the loader's at once, the deeper checks a
// moment later, from a worker), and whether the work is saved. The page draws
// it and calls its actions; it never checks a scenario itself.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { z } from 'zod';
import { loadScenario } from '../scenario/load.ts';
import type { Problem } from '../scenario/problem.ts';
import { STARTER_SCENARIO } from '../scenario/starter.ts';
import { fileReport, type FileReport } from '../negotiation/analysis/file-report.ts';
import type { Scheduler } from './game-store.ts';

/** One scenario being written: its file name (as downloaded and played), its text, when it last changed (ms). */
export type Draft = SavedDrafts['drafts'][number];

const savedDraftsSchema = z.object({
  version: z.literal(1),
  currentId: z.string(),
  drafts: z.array(
    z.object({ id: z.string(), name: z.string(), text: z.string(), updatedAt: z.number() }),
  ),
});

/** What is kept in the browser: every draft, and which one is open. */
export type SavedDrafts = z.infer<typeof savedDraftsSchema>;

/** Reads what storage holds; anything that is not our drafts (damaged, another version) is 'corrupt'. */
export function parseSavedDrafts(raw: string): SavedDrafts | 'corrupt' {
  try {
    const parsed = savedDraftsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

export type StorageResult = { ok: true } | { ok: false; reason: 'full' | 'blocked' };

/** Where drafts are kept (localStorage in the browser, a map in tests). */
export interface DraftStorage {
  /** The saved drafts; null when there are none; 'corrupt' when they cannot be read. */
  load(): SavedDrafts | null | 'corrupt';
  save(drafts: SavedDrafts): StorageResult;
}

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

/** A notice for the teacher about their work (restored drafts, unreadable storage). */
export type EditorNotice = 'restored' | 'corrupt-storage' | null;

export interface EditorState {
  drafts: Draft[];
  current: Draft;
  check: CheckState;
  saved: SaveStatus;
  notice: EditorNotice;
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
  dismissNotice(): void;
  dispose(): void;
}

export type EditorStore = StoreApi<EditorState>;

export const MAX_DRAFTS = 20;

const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The loader's verdict on a text, at once: its problems, or its warnings when it loads. */
function quickCheck(name: string, text: string): { loads: boolean; problems: Problem[] } {
  const result = loadScenario(name, text);
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

export function createEditorStore(deps: EditorDeps): EditorStore {
  const scheduler = deps.scheduler ?? realScheduler;
  const now = deps.now ?? (() => Date.now());
  const saveDelay = deps.saveDelayMs ?? 400;
  const deepDelay = deps.deepDelayMs ?? 600;
  let saveTimer: unknown = null;
  let deepTimer: unknown = null;
  let counter = 0;
  const newId = () => `d${now().toString(36)}-${(counter++).toString(36)}`;

  const loaded = deps.storage.load();
  const notice: EditorNotice =
    loaded === 'corrupt' ? 'corrupt-storage' : loaded === null ? null : 'restored';
  const saved = loaded !== null && loaded !== 'corrupt' ? loaded : null;
  const starter: Draft = {
    id: newId(),
    name: 'my-scenario.yaml',
    text: STARTER_SCENARIO,
    updatedAt: now(),
  };
  const drafts = saved && saved.drafts.length > 0 ? saved.drafts : [starter];
  const current = drafts.find((d) => d.id === saved?.currentId) ?? drafts[0] ?? starter;

  const checkFor = (draft: Draft): CheckState => {
    const quick = quickCheck(draft.name, draft.text);
    return { problems: quick.problems, stage: quick.loads ? 'checking' : 'invalid', report: null };
  };

  const get = () => store.getState();
  const set = (partial: Partial<EditorState>) => store.setState(partial);

  const persist = () => {
    if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
    saveTimer = null;
    const { drafts: all, current: open } = get();
    const result = deps.storage.save({ version: 1, currentId: open.id, drafts: all });
    set({
      saved: result.ok ? { state: 'saved', at: now() } : { state: 'failed', reason: result.reason },
    });
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
  const open = (draft: Draft, all: Draft[]) => {
    set({ drafts: all, current: draft, check: checkFor(draft) });
    scheduleDeepCheck(0);
    persist();
  };
  const addDraft = (name: string, text: string) => {
    const others = get().drafts;
    const draft: Draft = { id: newId(), name: freshName(name, others), text, updatedAt: now() };
    // The oldest drafts go when there are too many; the one opened now is never dropped.
    const kept = [...others].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_DRAFTS - 1);
    open(draft, [draft, ...kept]);
  };

  const actions: EditorActions = {
    edit(text) {
      const { current: draft, drafts: all } = get();
      if (text === draft.text) return;
      const edited: Draft = { ...draft, text, updatedAt: now() };
      set({
        current: edited,
        drafts: all.map((d) => (d.id === edited.id ? edited : d)),
        check: checkFor(edited),
      });
      scheduleDeepCheck(deepDelay);
      scheduleSave();
    },
    startFrom(source) {
      if (source === 'starter') return addDraft('my-scenario.yaml', STARTER_SCENARIO);
      const scenario = get().bundled.find((b) => b.file === source);
      if (scenario) addDraft(`copy-of-${scenario.file}`, scenario.text);
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
      const next = get().current.id === id ? (rest[0] ?? get().current) : get().current;
      open(next, rest);
    },
    flush() {
      if (get().saved.state !== 'saved') persist();
    },
    dismissNotice() {
      set({ notice: null });
    },
    dispose() {
      if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
      if (deepTimer !== null) scheduler.clearTimeout(deepTimer);
      deps.checker.dispose();
    },
  };

  const store: EditorStore = createStore<EditorState>()(() => ({
    drafts,
    current,
    check: checkFor(current),
    saved: saved ? { state: 'saved', at: current.updatedAt } : { state: 'pending' },
    notice,
    bundled: deps.bundled,
    actions,
  }));
  // The first draft ever is saved at once, so a reload finds it; then the deeper checks.
  if (!saved) persist();
  scheduleDeepCheck(0);
  return store;
}

/** The deeper checks run right here (tests, and a browser where workers are blocked). */
export function createInlineChecker(): DeepChecker {
  return {
    check: (file, text) => Promise.resolve(fileReport(file, loadScenario(file, text), true)),
    dispose() {},
  };
}
