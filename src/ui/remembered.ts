// Small settings this device keeps between visits, in the site's storage
// (localStorage): the language, sound, text size, the student's name, the live
// server's address. Blocked or full storage (private browsing, a school's
// policy) is not an error: a read finds nothing, a write is dropped, and the
// setting lasts this visit only.

/** The setting saved under `key`, or null when there is none or storage is blocked. */
export function recall(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Saves a setting; false when there is no storage or it is blocked or full (the setting then lasts this visit only). */
export function remember(key: string, value: string): boolean {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
