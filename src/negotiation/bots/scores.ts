// The figures a row of games is summed up by: the tournament's table and the
// lessons' answers read the same mean, spread and rounding.

export function mean(xs: readonly number[]): number {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** The sample standard deviation (0 for fewer than two games). */
export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** To the hundredth, as the tournament prints a score. */
export const hundredths = (x: number) => Math.round(x * 100) / 100;
