// Freezing a value and all it holds, in place. For what a bot is shown (a bot
// that writes into its view cannot change the game) and for the parts of views
// that every view shares. A view shares the game's arrays and entries, which
// the rules never change once made (every move builds new ones), so freezing
// them in place is safe, and much cheaper than a copy a turn; a frozen
// object's contents are already frozen, so each entry is walked once.
//
// Only this freezes the game's arrays, entries first: a frozen array's entries
// are all frozen. A move's arrays are its state's, with what it added
// (history.ts): `continues` notes how many of their first entries are frozen
// already, so a view a turn walks what the last turns added, not the whole game.
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // An array by its indices: its keys as strings were most of the time a view took to freeze.
  if (Array.isArray(value)) {
    const items = value as unknown[];
    for (let i = frozenHead.get(items) ?? 0; i < items.length; i++) deepFreeze(items[i]);
  } else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/** Arrays whose first entries are known to be frozen, with how many. */
const frozenHead = new WeakMap<readonly unknown[], number>();

/** Notes that `longer` begins with the entries of `shorter`: those `shorter` has frozen are frozen in `longer`. */
export function continues(longer: readonly unknown[], shorter: readonly unknown[]): void {
  const head = Object.isFrozen(shorter) ? shorter.length : frozenHead.get(shorter);
  if (head) frozenHead.set(longer, head);
}
