// Freezing a value and all it holds, in place. For what a bot is shown (a bot
// that writes into its view cannot change the game) and for the parts of views
// that every view shares. A view shares the game's arrays and entries, which
// the rules never change once made (every move builds new ones), so freezing
// them in place is safe, and much cheaper than a copy a turn; a frozen
// object's contents are already frozen, so each entry is walked once.
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // An array by its indices: its keys as strings were most of the time a view took to freeze.
  if (Array.isArray(value)) for (const item of value as unknown[]) deepFreeze(item);
  else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
