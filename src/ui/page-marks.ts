// States the page reports on its performance timeline, for the bench and the
// browser tests to wait on (a state, never a length of time): the ending made
// ready while the call's last line is read, its title and chart made, and all
// of it (scenes/ending-scene.ts).

export const ENDING_WARM_MARK = 'standoff:ending-warm';
export const ENDING_PICTURE_MARK = 'standoff:ending-picture';
export const ENDING_MADE_MARK = 'standoff:ending-made';

/** Marks a state of the page on its timeline: the newest only, so games in a row do not grow it. */
export function markState(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
