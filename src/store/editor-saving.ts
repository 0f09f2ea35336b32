// The editor's drafts kept in storage: saved after a pause in the typing, one
// entry a draft; another tab's change taken in; when both tabs changed the
// same draft, this tab's version kept as a new draft beside theirs (nothing
// is ever lost, and the teacher is told).
import type { Scheduler } from './game-store.ts';
import type { Draft, DraftChange, DraftStorage } from './drafts.ts';
import type { StateAccess } from './editor-checks.ts';

export interface DraftKeeper {
  /** A draft changed here: saved after a pause. */
  changed(id: string): void;
  /** A draft removed here. */
  removed(id: string): void;
  /** Saves every changed draft now. */
  persist(): void;
  /** True while some change is not in storage. */
  unsaved(): boolean;
  /** True while a save is waiting for a pause. */
  pending(): boolean;
  /** What storage held when the store started: this tab has read it. */
  known(draft: Draft): void;
  dispose(): void;
}

export interface KeeperDeps {
  storage: DraftStorage;
  scheduler: Scheduler;
  now: () => number;
  newId: () => string;
  saveDelay: number;
  /** Another tab's version of the open draft was taken in: the page shows and checks it. */
  replacedOpen: (draft: Draft) => void;
}

/** "copy-of-x.yaml", "copy-of-x-2.yaml", …: a name no other draft has. */
export function freshName(base: string, drafts: readonly Draft[]): string {
  const stem = base.replace(/\.(ya?ml|json)$/i, '');
  const taken = new Set(drafts.map((d) => d.name));
  for (let i = 1; ; i++) {
    const name = `${stem}${i === 1 ? '' : `-${i}`}.yaml`;
    if (!taken.has(name)) return name;
  }
}

/** What the keeper's parts share: each draft's last change as this tab read or wrote it, and the drafts changed here. */
interface Kept {
  deps: KeeperDeps;
  state: StateAccess;
  /** Storage holding another change than `base` says means another tab wrote it. */
  base: Map<string, number>;
  /** Drafts changed here and not yet in storage. */
  dirty: Set<string>;
}

/** This tab's version of a draft another tab also changed, as a new draft beside theirs. */
function forkConflict({ deps, state, base, dirty }: Kept, mine: Draft, theirs: Draft): Draft {
  const { drafts, current } = state.get();
  const copy: Draft = {
    ...mine,
    id: deps.newId(),
    name: freshName(`${mine.name.replace(/\.(ya?ml|json)$/i, '')}-this-tab`, drafts),
    updatedAt: deps.now(),
  };
  dirty.delete(mine.id);
  dirty.add(copy.id);
  base.set(theirs.id, theirs.updatedAt);
  state.set({
    drafts: [copy, ...drafts.map((d) => (d.id === theirs.id ? theirs : d))],
    ...(current.id === mine.id ? { current: copy } : {}),
    notice: 'conflict',
    conflictCopy: copy.name,
  });
  return copy;
}

/** Writes one changed draft (or, when another tab wrote it meanwhile, this tab's copy of it). */
function write(kept: Kept, mine: Draft): 'full' | 'blocked' | null {
  const { storage } = kept.deps;
  const there = storage.read(mine.id);
  const toWrite =
    there && there.updatedAt !== kept.base.get(mine.id) && there.text !== mine.text
      ? forkConflict(kept, mine, there)
      : mine;
  const result = storage.write(toWrite);
  if (!result.ok) return result.reason;
  kept.dirty.delete(toWrite.id);
  kept.base.set(toWrite.id, toWrite.updatedAt);
  return null;
}

/** What another tab wrote: taken in, unless this tab changed the same draft too (then both are kept). */
function takeChange(kept: Kept, { id, draft: theirs }: DraftChange, scheduleSave: () => void) {
  const { state, base, dirty } = kept;
  const { drafts, current } = state.get();
  const mine = drafts.find((d) => d.id === id);
  if (theirs === null) {
    // Removed elsewhere: kept here while it is open or holds unsaved work.
    if (mine && !dirty.has(id) && current.id !== id && drafts.length > 1)
      state.set({ drafts: drafts.filter((d) => d.id !== id) });
    base.delete(id);
    return;
  }
  if (mine && mine.text !== theirs.text && dirty.has(id)) {
    forkConflict(kept, mine, theirs);
    scheduleSave();
    return;
  }
  base.set(id, theirs.updatedAt);
  state.set({
    drafts: mine ? drafts.map((d) => (d.id === id ? theirs : d)) : [theirs, ...drafts],
  });
  if (current.id === id) kept.deps.replacedOpen(theirs);
}

export function createDraftKeeper(deps: KeeperDeps, state: StateAccess): DraftKeeper {
  const { storage, scheduler, now } = deps;
  let saveTimer: unknown = null;
  const kept: Kept = { deps, state, base: new Map(), dirty: new Set() };
  const { base, dirty } = kept;

  const persist = () => {
    if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
    saveTimer = null;
    let failed: 'full' | 'blocked' | null = null;
    for (const id of [...dirty]) {
      const mine = state.get().drafts.find((d) => d.id === id);
      if (mine) failed = write(kept, mine) ?? failed;
      else dirty.delete(id);
    }
    storage.rememberOpen(state.get().current.id);
    state.set({
      saved: failed ? { state: 'failed', reason: failed } : { state: 'saved', at: now() },
    });
  };
  const scheduleSave = () => {
    if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
    saveTimer = scheduler.setTimeout(persist, deps.saveDelay);
    if (state.get().saved.state !== 'failed') state.set({ saved: { state: 'pending' } });
  };
  const stopWatching = storage.watch((change) => takeChange(kept, change, scheduleSave));

  return {
    changed(id) {
      dirty.add(id);
      scheduleSave();
    },
    removed(id) {
      dirty.delete(id);
      storage.remove(id);
    },
    persist,
    unsaved: () => dirty.size > 0,
    pending: () => state.get().saved.state === 'pending',
    known(draft) {
      base.set(draft.id, draft.updatedAt);
    },
    dispose() {
      if (saveTimer !== null) scheduler.clearTimeout(saveTimer);
      stopWatching();
    },
  };
}
