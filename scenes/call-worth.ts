// The table's heading, and beside it what the draft is worth to the player
// against no deal (the store computes it from the player's own values), drawn
// and said to screen readers as it changes.
import type * as Phaser from 'phaser';
import type { StoreState } from '../src/store/game-store.ts';
import { COLORS, fitText, textStyle } from './widgets/theme.ts';
import type { CallParts } from './call-parts.ts';

export interface Worth {
  show(s: StoreState): void;
}

function worthLine(p: CallParts, s: StoreState): { text: string; color: string } {
  const worth = s.draftWorth;
  if (!worth || !s.call?.myTurn) return { text: '', color: '' };
  const value = Math.round(worth.value);
  const walkAway = Math.round(worth.walkAway);
  if (worth.issues === 0)
    return { text: p.msg('call.worthNone', { walkAway }), color: COLORS.muted };
  const key =
    value > walkAway ? 'call.worthAbove' : value < walkAway ? 'call.worthBelow' : 'call.worthEqual';
  return {
    text: p.msg(key, { value, walkAway }),
    color: value >= walkAway ? COLORS.goodText : COLORS.badText,
  };
}

export function addWorth(p: CallParts, table: { x: number; y: number; width: number }): Worth {
  const heading: Phaser.GameObjects.Text = p.scene.add.text(
    table.x,
    table.y - 2,
    p.msg('call.table'),
    textStyle(16, COLORS.muted, { fontStyle: 'bold' }),
  );
  const worthText = p.scene.add
    .text(table.x + table.width, table.y - 2, '', textStyle(14, COLORS.text))
    .setOrigin(1, 0);
  const worthDom = p.overlay.status({
    x: table.x + 200,
    y: table.y - 4,
    width: table.width - 200,
    height: 22,
  });
  /** As last set (a text set again redraws its texture). */
  let shown = { text: '', color: '' };
  return {
    show(s) {
      const next = worthLine(p, s);
      if (next.text === '') {
        worthText.setText('');
        shown = { text: '', color: '' };
        return;
      }
      if (next.text === shown.text && next.color === shown.color) return;
      shown = next;
      worthText.setText(next.text);
      worthText.setColor(next.color);
      // Beside the heading, never over it (at a larger text size the heading is wider).
      const free = table.x + table.width - (heading.x + heading.width) - 16;
      fitText(worthText, 14, { width: Math.max(120, free) });
      if (worthDom.textContent !== next.text) worthDom.textContent = next.text;
    },
  };
}
