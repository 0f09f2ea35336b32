// The editor's drafts in localStorage. A full or blocked storage is reported
// (the page says so and offers the download), never thrown; drafts that cannot
// be read are copied aside before anything new is written, so a damaged save
// is never silently lost.
import { parseSavedDrafts, type DraftStorage } from '../../store/editor-store.ts';

export const DRAFTS_KEY = 'standoff.editor.drafts';
export const DAMAGED_DRAFTS_KEY = 'standoff.editor.drafts.damaged';

export function browserDraftStorage(
  storage: Storage | undefined = globalThis.localStorage,
): DraftStorage {
  return {
    load() {
      let raw: string | null;
      try {
        raw = storage?.getItem(DRAFTS_KEY) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const parsed = parseSavedDrafts(raw);
      if (parsed === 'corrupt')
        try {
          storage?.setItem(DAMAGED_DRAFTS_KEY, raw);
        } catch {
          // No room to keep the copy: the notice still tells the teacher.
        }
      return parsed;
    },
    save(drafts) {
      if (!storage) return { ok: false, reason: 'blocked' };
      try {
        storage.setItem(DRAFTS_KEY, JSON.stringify(drafts));
        return { ok: true };
      } catch (error) {
        const full =
          error instanceof DOMException &&
          (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
        return { ok: false, reason: full ? 'full' : 'blocked' };
      }
    },
  };
}
