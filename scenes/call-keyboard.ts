// The call's keyboard: the shortcuts (number keys for the moves, letters for
// propose, accept, reject, the table and hang up, "?" for the list), the arrow
// keys among the table's options, the "?" list made from the buttons
// themselves so it is always true, and where the focus goes after a move.
import type { CallView } from '../src/store/call-view.ts';
import { arrowTarget, callKey, type CallLetters } from '../src/ui/call-keys.ts';
import type { KeyRow } from '../src/ui/call-dialogs.ts';
import type { Button } from './widgets/button.ts';
import type { Chip } from './call-table-chips.ts';
import type { CallParts } from './call-parts.ts';

export interface CallControls {
  chips: Chip[];
  numbered: Button[];
  buttons: Record<string, Button>;
  letters: CallLetters;
  phaseButton: Button;
  openHelp(): void;
}

/** The chips by row, in the table's order. */
function chipGrid(chips: Chip[]): Chip[][] {
  const rows = new Map<string, Chip[]>();
  for (const c of chips) rows.set(c.issue, [...(rows.get(c.issue) ?? []), c]);
  return [...rows.values()];
}

/** The arrow keys move among the table's options (from a focused chip). */
function onArrow(e: KeyboardEvent, chips: Chip[]): void {
  const from = chips.findIndex((c) => c.button.element === document.activeElement);
  if (from < 0) return;
  const grid = chipGrid(chips);
  const chip = chips[from];
  const row = grid.findIndex((r) => r[0]?.issue === chip?.issue);
  const col = grid[row]?.findIndex((c) => c === chip) ?? -1;
  const to = arrowTarget(
    grid.map((r) => r.map((c) => c.button.usable())),
    row,
    col,
    e.key,
  );
  if (!to) return;
  e.preventDefault();
  grid[to.row]?.[to.col]?.button.focus();
}

/** The call's shortcuts, and the arrow keys among the table's options. */
export function onCallKey(e: KeyboardEvent, c: CallControls): void {
  const target = e.target as HTMLElement | null;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
  if (e.key.startsWith('Arrow')) {
    onArrow(e, c.chips);
    return;
  }
  const key = callKey(e, c.letters);
  if (!key) return;
  e.preventDefault();
  if (key.kind === 'help') c.openHelp();
  else if (key.kind === 'number') c.numbered[key.index]?.activate();
  else if (key.kind === 'table') c.chips.find((x) => x.button.usable())?.button.focus();
  else c.buttons[key.kind === 'hangUp' ? 'endCall' : key.kind]?.activate();
}

/** The "?" list: every shortcut, made from the buttons themselves. */
export function helpRows(p: CallParts, c: CallControls): KeyRow[] {
  const label = (key: string) => c.buttons[key]?.element.getAttribute('aria-label') ?? '';
  return [
    ...c.numbered.map((b, i) => ({
      keys: String(i + 1),
      what: b.element.getAttribute('aria-label') ?? '',
    })),
    { keys: c.letters.propose, what: label('propose') },
    { keys: c.letters.accept, what: label('accept') },
    { keys: c.letters.reject, what: label('reject') },
    { keys: c.letters.table, what: p.msg('keys.table') },
    { keys: c.letters.hangUp, what: label('endCall') },
    { keys: p.msg('keys.scrollKeys'), what: p.msg('keys.scroll') },
    { keys: p.msg('keys.skipKeys'), what: p.msg('keys.skip') },
    { keys: 'M', what: p.msg('keys.mute') },
    { keys: '?', what: p.msg('keys.help') },
  ];
}

/** True when the focus is nowhere the student put it: on nothing, outside the overlay, or on a control a move redraws. */
function focusLost(c: CallControls): boolean {
  const active = document.activeElement;
  const ours = [
    c.phaseButton,
    ...c.chips.map((x) => x.button),
    ...Object.entries(c.buttons)
      .filter(([key]) => key !== 'endCall')
      .map(([, b]) => b),
  ];
  return (
    !active ||
    active === document.body ||
    !active.closest('.overlay-layer') ||
    ours.some((b) => b.element === active) ||
    (active instanceof HTMLButtonElement && (active.disabled || active.hidden))
  );
}

/** True when the focus is on nothing: the page itself, or a control disabled or hidden since it was focused. */
function focusDropped(): boolean {
  const active = document.activeElement;
  return (
    !active ||
    active === document.body ||
    (active instanceof HTMLButtonElement && (active.disabled || active.hidden))
  );
}

/** Where the focus goes: the phase button when a phase shows; on the turn, the first usable of "Accept", "Propose" and the table. */
function focusTarget(phaseShown: boolean, c: CallControls): Button | undefined {
  if (phaseShown) return c.phaseButton;
  const chip = c.chips.find((x) => x.button.usable())?.button;
  return [c.buttons.accept, c.buttons.propose, chip].find((b) => b?.usable());
}

/** What moveFocus last saw: the transcript's length at the player's turn (−1: none yet), and the phase. */
export interface FocusSeen {
  turnAt: number;
  phase: string;
}

/**
 * After a move, the keyboard focus goes where a student goes next, not to
 * the top of the page: the phase button when it shows; on the turn, "Accept"
 * when there is an offer to take, "Propose" when a package is ready, else the
 * table's first option. A focus the student put elsewhere (the transcript,
 * the sound, the "?") stays. On the turn, a focus dropped (its control
 * disabled or hidden by a later change, the draft emptied) goes there too,
 * never to the top of the page. `seen` keeps the phase last seen, and how long
 * the transcript was at the player's turn last seen: a turn is new when the
 * transcript has grown since, even if the redraw never saw the other side's
 * turn between (a redraw spread over frames draws the newest state only).
 */
export function moveFocus(
  call: CallView,
  seen: FocusSeen,
  dialogOpen: boolean,
  c: CallControls,
): void {
  const phaseShown = call.phase !== 'turns';
  const lines = call.transcript.length;
  const turnStarts = call.myTurn && seen.turnAt !== lines;
  const phaseChanged = call.phase !== seen.phase;
  const dropped = call.myTurn && !phaseShown && focusDropped();
  const wanted =
    !dialogOpen && (turnStarts || (phaseChanged && phaseShown) || dropped) && focusLost(c);
  const target = wanted ? focusTarget(phaseShown, c) : undefined;
  // Not drawn yet: a change in the middle of a redraw carries it on from where it was
  // (steps-over-frames.ts), so this step can meet a new phase or turn before the steps that
  // show its buttons. It stays unseen, and the next time this step runs, after them, it moves.
  if (wanted && !target?.usable()) return;
  if (call.myTurn) seen.turnAt = lines;
  seen.phase = call.phase;
  target?.focus();
}
