// The middle of a sample (the upper middle of an even one): every figure the
// bench reports over repeated runs is a median, so one noisy run moves nothing.

/** The median of `xs`; 0 for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
