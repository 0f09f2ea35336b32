// Where games in progress are saved: this browser's localStorage, one entry a
// game (two game tabs keep two games), nowhere else. Blocked or full storage
// is reported, never thrown. A save that cannot be resumed is kept aside under
// a key of its own, never over an earlier copy.
import type { SaveStorage, StoredSave } from '../store/autosave.ts';

/** The single save of earlier versions: read as one game among the others. */
const LEGACY_KEY = 'standoff.save';
const GAME_PREFIX = 'standoff.save.game.';
const ASIDE_PREFIX = 'standoff.save.aside.';
const LEGACY_ID = '';

const keyOf = (id: string) => (id === LEGACY_ID ? LEGACY_KEY : `${GAME_PREFIX}${id}`);

export function browserSaveStorage(
  storage: () => Storage | undefined = () => globalThis.localStorage,
  now: () => number = () => Date.now(),
): SaveStorage {
  const open = (): Storage | undefined => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  return {
    readAll() {
      try {
        const s = storage();
        if (!s) return 'blocked';
        const saves: StoredSave[] = [];
        const legacy = s.getItem(LEGACY_KEY);
        if (legacy !== null) saves.push({ id: LEGACY_ID, text: legacy });
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (key === null || !key.startsWith(GAME_PREFIX)) continue;
          saves.push({ id: key.slice(GAME_PREFIX.length), text: s.getItem(key) ?? '' });
        }
        return saves;
      } catch {
        return 'blocked';
      }
    },
    write(id, text) {
      const s = open();
      if (!s) return 'blocked';
      try {
        s.setItem(keyOf(id), text);
        return 'ok';
      } catch (error) {
        return error instanceof DOMException &&
          (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
          ? 'full'
          : 'blocked';
      }
    },
    remove(id) {
      try {
        open()?.removeItem(keyOf(id));
      } catch {
        // Blocked: there is nothing to remove.
      }
    },
    keepAside(text) {
      const s = open();
      if (!s) return false;
      try {
        for (let n = 0; n < 1000; n++) {
          const key = `${ASIDE_PREFIX}${now().toString(36)}-${n}`;
          if (s.getItem(key) !== null) continue;
          s.setItem(key, text);
          return true;
        }
      } catch {
        // No room for the copy: the save stays in its own entry, and the player is offered the file.
      }
      return false;
    },
  };
}
