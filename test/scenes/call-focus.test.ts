// Where the keyboard focus goes after a change of the call (scenes/call-keyboard.ts):
// to "See how it ended" when the call closes, even when the redraw meets the new
// phase before the step that shows that button (a change in the middle of a redraw
// carries it on from where it was: scenes/steps-over-frames.ts). Under load a
// keyboard player was left with the focus nowhere. DOM-free: the page's focus and
// buttons are stand-ins.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveFocus, type CallControls, type FocusSeen } from '../../scenes/call-keyboard.ts';
import type { CallView } from '../../src/store/call-view.ts';
import type { Button } from '../../scenes/widgets/button.ts';

/** A stand-in for a DOM button: inside the call's overlay, enabled and shown. */
class FakeButtonElement {
  disabled = false;
  hidden = false;
  closest(selector: string) {
    return selector === '.overlay-layer' ? {} : null;
  }
}

const page = { activeElement: null as unknown, body: {} };
const saved = { document: globalThis.document, button: globalThis.HTMLButtonElement };

beforeEach(() => {
  Object.assign(globalThis, { document: page, HTMLButtonElement: FakeButtonElement });
});
afterEach(() => {
  Object.assign(globalThis, { document: saved.document, HTMLButtonElement: saved.button });
});

/** A button of the call screen: usable or not, and focused by moving the page's focus to it. */
function button(usable: boolean): Button & { shown: boolean } {
  const element = new FakeButtonElement();
  const b = {
    element,
    shown: usable,
    usable: () => b.shown,
    focus: () => (page.activeElement = element),
  };
  return b as unknown as Button & { shown: boolean };
}

function controls(phaseButton: Button, hangUp: Button): CallControls {
  return {
    chips: [],
    numbered: [],
    buttons: { endCall: hangUp, accept: button(false), propose: button(false) },
    letters: {} as CallControls['letters'],
    phaseButton,
    openHelp: () => undefined,
  };
}

const call = (phase: CallView['phase']) =>
  ({ phase, myTurn: false, transcript: [] }) as unknown as CallView;

describe('the focus when the call closes', () => {
  it('goes to "See how it ended" once it shows, even when the redraw met the phase first', () => {
    const seeEnding = button(false);
    const chip = button(true);
    page.activeElement = chip.element; // the player's place before hanging up
    const c = controls(seeEnding, button(true));
    c.chips = [{ issue: 'tariffs', settlement: 'none', button: chip }];
    const seen: FocusSeen = { turnAt: 0, phase: 'turns' };
    // The focus step meets "closing" before the strip's step has shown its button.
    moveFocus(call('closing'), seen, false, c);
    expect(page.activeElement).toBe(chip.element);
    // The strip's step shows it; the focus step runs again, after it.
    seeEnding.shown = true;
    moveFocus(call('closing'), seen, false, c);
    expect(page.activeElement).toBe(seeEnding.element);
    expect(seen.phase).toBe('closing');
  });

  it('goes there at once when it is drawn, and stays where the player puts it after', () => {
    const seeEnding = button(true);
    page.activeElement = page.body;
    const c = controls(seeEnding, button(true));
    const seen: FocusSeen = { turnAt: 0, phase: 'turns' };
    moveFocus(call('closing'), seen, false, c);
    expect(page.activeElement).toBe(seeEnding.element);
    const elsewhere = new FakeButtonElement();
    elsewhere.closest = () => null; // outside the call's controls: the sound, the transcript
    page.activeElement = elsewhere;
    moveFocus(call('closing'), seen, false, c);
    expect(page.activeElement).toBe(elsewhere);
  });

  it('waits while a dialog is open', () => {
    const seeEnding = button(true);
    page.activeElement = page.body;
    const seen: FocusSeen = { turnAt: 0, phase: 'turns' };
    moveFocus(call('closing'), seen, true, controls(seeEnding, button(true)));
    expect(page.activeElement).toBe(page.body);
  });
});
