// The game's modal dialogs, made and opened one way: a native <dialog> of
// class game-dialog (focus stays inside, Escape closes), named by its <h2>
// title, closed by its close buttons, and removed once closed. The hand-in,
// class-link, live-class, hang-up and keys dialogs hold only their own parts.
import { el, showDialog } from './dom.ts';

export interface DialogHeading {
  /** Names the title element: `${id}-title` (the dialog's aria-labelledby). */
  id: string;
  title: string;
  /** Classes beside game-dialog (hand-in, keys-dialog). */
  className?: string;
  /** The id of the element that describes the dialog, read out with its title. */
  describedBy?: string;
}

/** A game dialog holding its title; the caller appends the rest. */
export function gameDialog(heading: DialogHeading): HTMLDialogElement {
  const { id, title, className, describedBy } = heading;
  return el(
    'dialog',
    {
      class: className ? `game-dialog ${className}` : 'game-dialog',
      'aria-labelledby': `${id}-title`,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    },
    el('h2', { id: `${id}-title` }, title),
  );
}

/**
 * Opens a game dialog modally in `host`, focusing `focus`; each of `closers` closes it when
 * clicked. Resolves once it has closed and been removed.
 */
export function openGameDialog(
  dialog: HTMLDialogElement,
  host: HTMLElement,
  focus: HTMLElement,
  closers: readonly HTMLElement[] = [],
): Promise<void> {
  for (const closer of closers) closer.addEventListener('click', () => dialog.close());
  return showDialog(dialog, host, focus);
}

/** Copies a link shown in `input` (selected, so it can be copied by hand too); `status` says how it went. */
export function copyLink(
  input: HTMLInputElement,
  status: HTMLElement,
  words: { copied: string; failed: string },
): void {
  input.select();
  const done = () => (status.textContent = words.copied);
  const failed = () => (status.textContent = words.failed);
  if (navigator.clipboard) navigator.clipboard.writeText(input.value).then(done, failed);
  else failed();
}
