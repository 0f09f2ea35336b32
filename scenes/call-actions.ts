// The call's moves beside the table: propose the package, accept, reject, the
// three tones, the evidence, the red lines, hang up and the "?" of the
// shortcuts. Number keys press the tones, evidence and red lines in the order
// they are drawn; each move is enabled by what the call allows now.
import type { Tone } from '../src/scenario/schema.ts';
import type { MessageKey } from '../src/messages/i18n.ts';
import type { StoreState } from '../src/store/game-store.ts';
import type { CallView } from '../src/store/call-view.ts';
import type { CallLetters } from '../src/ui/call-keys.ts';
import type { Rect } from '../src/ui/overlay.ts';
import { addButton, type Button } from './widgets/button.ts';
import type { CallParts } from './call-parts.ts';

const ACTIONS = { x: 920, y: 404, width: 330 };
/** The "?" button (keyboard shortcuts), beside "Hang up". */
const HELP_WIDTH = 48;
const TONES: Tone[] = ['respectful', 'firm', 'threatening'];
/** Where a move goes when its row has no place for it (never: the rows are made from the same lists). */
const ACTIONS_RECT: Rect = { x: ACTIONS.x, y: ACTIONS.y, width: ACTIONS.width, height: 42 };

export interface CallActions {
  /** The moves by key: propose, accept, reject, tone-*, evidence-*, red-*, endCall. */
  buttons: Record<string, Button>;
  /** Number keys: the moves they press, in order (tones, evidence, red lines). */
  numbered: Button[];
  help: Button;
  /** Each move enabled when the call allows it now, redrawn in parts (the answers, the tones, the rest): a change of turn changes them all. */
  refreshParts: ((s: StoreState, call: CallView) => void)[];
}

/** The localised letters of the shortcuts. */
export function callLetters(p: CallParts): CallLetters {
  return {
    propose: p.msg('keys.proposeKey'),
    accept: p.msg('keys.acceptKey'),
    reject: p.msg('keys.rejectKey'),
    hangUp: p.msg('keys.hangUpKey'),
    table: p.msg('keys.tableKey'),
  };
}

type AddMove = (
  key: string,
  rect: Rect,
  label: string,
  onActivate: () => void,
  variant?: 'primary' | 'danger',
  keys?: string,
) => Button;

/** Buttons of equal width across the moves' column, at row `y` (evidence, red lines). */
function spread(count: number, y: number): Rect[] {
  const { x, width } = ACTIONS;
  const each = count > 0 ? (width - 8 * (count - 1)) / count : width;
  return Array.from({ length: count }, (_, i) => ({
    x: x + i * (each + 8),
    y,
    width: each,
    height: 42,
  }));
}

/** The numbered moves: tones, evidence, red lines. */
function addNumbered(
  p: CallParts,
  call: CallView,
  add: AddMove,
  number: (b: Button) => void,
): void {
  const a = p.state().actions;
  const { y } = ACTIONS;
  spread(3, y + 104).forEach((rect, i) => {
    const tone = TONES[i] ?? 'respectful';
    number(add(`tone-${tone}`, rect, p.msg(`tone.${tone}` as MessageKey), () => a.speak(tone)));
  });
  const evidence = spread(call.evidence.length, y + 154);
  call.evidence.forEach((e, i) =>
    number(
      add(`evidence-${e.id}`, evidence[i] ?? ACTIONS_RECT, e.label, () => a.presentEvidence(e.id)),
    ),
  );
  const reds = call.view.me.redLines;
  const redRects = spread(reds.length, y + 204);
  reds.forEach((r, i) => {
    const row = call.table.find((t) => t.issue === r.issue);
    const label = row?.options.find((o) => o.id === r.option)?.label ?? r.option;
    number(
      add(
        `red-${r.issue}-${r.option}`,
        redRects[i] ?? ACTIONS_RECT,
        p.msg('call.redLines', { option: label }),
        () => a.invokeRedLine(r.issue, r.option),
      ),
    );
  });
}

export function addCallActions(
  p: CallParts,
  call: CallView,
  on: { hangUp(button: Button): void; help(): void },
): CallActions {
  const a = p.state().actions;
  const { x, y, width } = ACTIONS;
  const half = (width - 8) / 2;
  const group = p.overlay.group(p.msg('call.moves'));
  const buttons: Record<string, Button> = {};
  const numbered: Button[] = [];
  const add: AddMove = (key, rect, label, onActivate, variant, keys) =>
    (buttons[key] = addButton(p.scene, p.overlay, rect, {
      label,
      onActivate,
      // Evidence and red-line labels are long: smaller type keeps them inside their buttons.
      size: key.startsWith('evidence-') || key.startsWith('red-') ? 12 : 15,
      at: group,
      ...(variant ? { variant } : {}),
      ...(keys ? { keys } : {}),
    }));
  const letters = callLetters(p);
  add(
    'propose',
    { x, y, width, height: 46 },
    p.msg('call.send'),
    () => a.proposeDraft(),
    'primary',
    letters.propose,
  );
  add(
    'accept',
    { x, y: y + 54, width: half, height: 42 },
    p.msg('move.accept'),
    () => a.accept(),
    undefined,
    letters.accept,
  );
  add(
    'reject',
    { x: x + half + 8, y: y + 54, width: half, height: 42 },
    p.msg('move.reject'),
    () => a.reject(),
    undefined,
    letters.reject,
  );
  // The number keys press the moves in the order they are drawn: tones, evidence, red lines.
  addNumbered(p, call, add, (button) => {
    if (numbered.length < 9) numbered.push(button);
    button.element.setAttribute('aria-keyshortcuts', String(numbered.length));
  });
  const hangUp = add(
    'endCall',
    { x, y: y + 254, width: width - HELP_WIDTH - 8, height: 40 },
    p.msg('call.hangUp'),
    () => on.hangUp(hangUp),
    'danger',
    letters.hangUp,
  );
  const help = addButton(
    p.scene,
    p.overlay,
    { x: x + width - HELP_WIDTH, y: y + 254, width: HELP_WIDTH, height: 40 },
    { label: '?', at: group, name: p.msg('call.keys'), keys: '?', size: 18, onActivate: on.help },
  );
  return { buttons, numbered, help, refreshParts: movesParts(buttons) };
}

/** The moves' buttons enabled when the call allows them now: the answers, the tones, then evidence, red lines and hanging up. */
function movesParts(buttons: Record<string, Button>): CallActions['refreshParts'] {
  const set = (key: string, enabled: boolean) => buttons[key]?.update({ enabled });
  return [
    (s, call) => {
      set('propose', call.myTurn && s.actions.canPropose(s.draft));
      set('accept', call.available.accept);
      set('reject', call.available.reject);
    },
    (_, call) => {
      for (const tone of TONES) set(`tone-${tone}`, call.available.tones.includes(tone));
    },
    (_, call) => {
      const can = call.available;
      for (const key of Object.keys(buttons)) {
        if (key.startsWith('evidence-'))
          set(
            key,
            can.evidence.some((e) => `evidence-${e.id}` === key),
          );
        if (key.startsWith('red-'))
          set(
            key,
            can.redLines.some((r) => `red-${r.issue}-${r.option}` === key),
          );
      }
      set('endCall', can.endCall);
    },
  ];
}
