// The editor's drafts in localStorage, one entry a draft, and the `storage`
// event that tells this tab what another tab wrote. A blocked storage (a
// school's policy makes every access throw) or a full one is reported, never
// thrown; an entry that cannot be read is moved aside under a key of its own
// (never over an earlier copy) before anything else is written; the first
// format's single list is split into entries and removed only once all are
// written.
import {
  DAMAGED_PREFIX,
  DRAFT_PREFIX,
  draftEntry,
  draftKey,
  LEGACY_DRAFTS_KEY,
  OPEN_DRAFT_KEY,
  parseDraftEntry,
  parseLegacyDrafts,
  type Draft,
  type DraftStorage,
  type StorageResult,
  type StoredDrafts,
} from '../../store/drafts.ts';

/** Where storage events come from: the window in the page, a fake in tests. */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Keeps a copy under a damaged-entry key no other copy has. */
function keepAside(storage: Storage, raw: string, now: number): void {
  for (let n = 0; n < 1000; n++) {
    const key = `${DAMAGED_PREFIX}${now.toString(36)}-${n}`;
    if (storage.getItem(key) === null) {
      storage.setItem(key, raw);
      return;
    }
  }
}

/** Every key storage holds (read first: the loop below removes some). */
function keysOf(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** An entry that cannot be read, kept aside under another key and removed from the drafts'. */
function setAside(s: Storage, key: string, raw: string, at: number): void {
  try {
    keepAside(s, raw, at);
    s.removeItem(key);
  } catch {
    // No room for the copy: the entry stays where it is, unread but not lost.
  }
}

/** The drafts of today's format, one entry each, by id; the unreadable ones set aside and counted. */
function readEntries(s: Storage, found: StoredDrafts, at: number): Map<string, Draft> {
  const byId = new Map<string, Draft>();
  for (const key of keysOf(s)) {
    if (!key.startsWith(DRAFT_PREFIX)) continue;
    const raw = s.getItem(key) ?? '';
    const draft = parseDraftEntry(raw);
    if (draft === 'damaged' || draftKey(draft.id) !== key) {
      found.damaged++;
      setAside(s, key, raw, at);
    } else byId.set(draft.id, draft);
  }
  return byId;
}

/** The first format's one whole list, each draft moved to an entry of its own (a newer entry wins). */
function migrateLegacy(s: Storage, byId: Map<string, Draft>, found: StoredDrafts, at: number) {
  const legacy = s.getItem(LEGACY_DRAFTS_KEY);
  if (legacy === null) return;
  const old = parseLegacyDrafts(legacy);
  if (old === 'damaged') {
    found.damaged++;
    setAside(s, LEGACY_DRAFTS_KEY, legacy, at);
    return;
  }
  let all = true;
  for (const draft of old.drafts) {
    const mine = byId.get(draft.id);
    if (mine && mine.updatedAt >= draft.updatedAt) continue;
    try {
      s.setItem(draftKey(draft.id), draftEntry(draft));
    } catch {
      all = false;
    }
    byId.set(draft.id, draft);
  }
  // The old list goes only once every draft in it has its own entry.
  if (all) s.removeItem(LEGACY_DRAFTS_KEY);
  found.openId = old.currentId;
}

function loadDrafts(storage: () => Storage | undefined, at: number): StoredDrafts {
  const found: StoredDrafts = { drafts: [], openId: null, damaged: 0, blocked: false };
  try {
    const s = storage();
    if (!s) return { ...found, blocked: true };
    const byId = readEntries(s, found, at);
    migrateLegacy(s, byId, found, at);
    found.openId = s.getItem(OPEN_DRAFT_KEY) ?? found.openId;
    found.drafts = [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    return found;
  } catch {
    return { ...found, blocked: true };
  }
}

export function browserDraftStorage(
  // A function: merely reading `localStorage` throws when site data is blocked.
  storage: () => Storage | undefined = () => globalThis.localStorage,
  events: StorageEvents | undefined = typeof window === 'undefined' ? undefined : window,
  now: () => number = () => Date.now(),
): DraftStorage {
  const open = (): Storage | undefined => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  return {
    load: () => loadDrafts(storage, now()),
    read(id) {
      try {
        const raw = open()?.getItem(draftKey(id)) ?? null;
        if (raw === null) return null;
        const draft = parseDraftEntry(raw);
        return draft === 'damaged' ? null : draft;
      } catch {
        return null;
      }
    },
    write(draft): StorageResult {
      const s = open();
      if (!s) return { ok: false, reason: 'blocked' };
      try {
        s.setItem(draftKey(draft.id), draftEntry(draft));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? 'full' : 'blocked' };
      }
    },
    remove(id) {
      try {
        open()?.removeItem(draftKey(id));
      } catch {
        // Blocked: nothing was kept.
      }
    },
    rememberOpen(id) {
      try {
        open()?.setItem(OPEN_DRAFT_KEY, id);
      } catch {
        // Only a convenience for the next visit.
      }
    },
    watch(onChange) {
      if (!events) return () => {};
      const listener = (event: StorageEvent) => {
        const key = event.key;
        if (key === null || !key.startsWith(DRAFT_PREFIX)) return;
        const id = key.slice(DRAFT_PREFIX.length);
        if (event.newValue === null) return onChange({ id, draft: null });
        const draft = parseDraftEntry(event.newValue);
        if (draft !== 'damaged' && draft.id === id) onChange({ id, draft });
      };
      events.addEventListener('storage', listener);
      return () => events.removeEventListener('storage', listener);
    },
  };
}
