// The seeded random generator. Its whole state is one 32-bit number kept in
// the game state, so a game replays from its seed and a saved snapshot goes on
// exactly as the original. Never Math.random() in the engine.

/** Turns any text or number into a 32-bit seed (FNV-1a), so "class-3b" is a seed too. */
export function seedFrom(seed: string | number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One step of mulberry32: a float in [0, 1) and the next state. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A generator that threads the state through a sequence of draws. */
export class Rng {
  constructor(public state: number) {}
  float(): number {
    const [value, next] = nextRandom(this.state);
    this.state = next;
    return value;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
}
