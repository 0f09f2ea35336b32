// The strip under the transcript: the phase button (answer, continue after the
// greetings, see the ending), or the status line (the computer thinking, the
// player's turn), never over the transcript's lines.
import type * as Phaser from 'phaser';
import type { StoreState } from '../src/store/game-store.ts';
import type { CallView } from '../src/store/call-view.ts';
import { addButton, type Button } from './widgets/button.ts';
import { COLORS, fitOrCut, fitText, textStyle } from './widgets/theme.ts';
import type { CallParts } from './call-parts.ts';
import type { MessageKey } from '../src/messages/i18n.ts';

const STRIP = { y: 328, height: 56 };

export interface Strip {
  phaseButton: Button;
  refresh(s: StoreState, call: CallView): void;
}

function phaseLabel(call: CallView): MessageKey | null {
  if (call.phase === 'ringing') return 'call.answer';
  if (call.phase === 'opening') return 'call.continue';
  if (call.phase === 'closing' || call.phase === 'ended') return 'call.seeEnding';
  return null;
}

function statusFor(p: CallParts, s: StoreState, call: CallView): string {
  if (phaseLabel(call) !== null) return '';
  if (s.thinking) return p.msg('call.thinking', { leader: call.view.them.leader });
  return call.myTurn ? p.msg('call.yourTurn', { leader: call.view.me.leader }) : '';
}

export function addStrip(p: CallParts, width: number, onPhase: () => void): Strip {
  const statusText: Phaser.GameObjects.Text = p.scene.add
    .text(
      640,
      STRIP.y + STRIP.height / 2,
      '',
      textStyle(16, COLORS.accentText, { align: 'center', wordWrap: { width } }),
    )
    .setOrigin(0.5, 0.5);
  const phaseButton = addButton(
    p.scene,
    p.overlay,
    { x: 480, y: STRIP.y, width: 320, height: STRIP.height },
    { label: p.msg('call.answer'), variant: 'primary', size: 22, onActivate: onPhase },
  );
  /** The status line as last set (a text set again redraws its texture). */
  let shownStatus = '';
  return {
    phaseButton,
    refresh(s, call) {
      const label = phaseLabel(call);
      phaseButton.update({
        label: label ? p.msg(label) : '',
        enabled: label !== null,
        visible: label !== null,
      });
      const status = statusFor(p, s, call);
      // Set and fitted only when it changes: each setting redraws the text's texture.
      if (status === shownStatus) return;
      shownStatus = status;
      statusText.setText(status);
      fitText(statusText, 16, { height: STRIP.height });
      fitOrCut(statusText, 16, { height: STRIP.height });
    },
  };
}
