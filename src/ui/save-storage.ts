// Where the game in progress is saved: this browser's localStorage, nowhere
// else. Blocked or full storage is reported, never thrown.
import type { SaveStorage } from '../store/autosave.ts';

const SAVE_KEY = 'standoff.save';
const DAMAGED_KEY = 'standoff.save.damaged';

export function browserSaveStorage(
  storage: () => Storage | undefined = () => globalThis.localStorage,
): SaveStorage {
  return {
    read() {
      try {
        return storage()?.getItem(SAVE_KEY) ?? null;
      } catch {
        return 'blocked';
      }
    },
    write(text) {
      try {
        const s = storage();
        if (!s) return 'blocked';
        s.setItem(SAVE_KEY, text);
        return 'ok';
      } catch (error) {
        return error instanceof DOMException && error.name === 'QuotaExceededError'
          ? 'full'
          : 'blocked';
      }
    },
    remove() {
      try {
        storage()?.removeItem(SAVE_KEY);
      } catch {
        // Blocked: there is nothing to remove.
      }
    },
    keepDamaged(text) {
      try {
        storage()?.setItem(DAMAGED_KEY, text);
      } catch {
        // No room for the copy; the player is still told.
      }
    },
  };
}
