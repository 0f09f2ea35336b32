// The call's top bar: the clock and the meters, drawn, and as text for screen
// readers (their changes are in the transcript too). New meter entries of the
// transcript move their meters with a note; the clock's drift, which has no
// note, sets them at once.
import type { CallView } from '../src/store/call-view.ts';
import type * as Phaser from 'phaser';
import { addMeter, nearLimit, type MeterWidget } from './widgets/meter.ts';
import { COLORS, textStyle } from './widgets/theme.ts';
import type { CallParts } from './call-parts.ts';
import { clockParts } from '../src/negotiation/clock.ts';

export interface TopBar {
  refresh(call: CallView, reducedMotion: boolean): void;
}

export function addTopBar(p: CallParts, call: CallView): TopBar {
  const clockText: Phaser.GameObjects.Text = p.scene.add.text(
    40,
    18,
    '',
    textStyle(24, COLORS.text, { fontStyle: 'bold' }),
  );
  const meterWidth = Math.min(250, (1120 - 300) / call.meters.length - 24);
  const meters = new Map<string, MeterWidget>(
    call.meters.map((m, i) => [
      m.id,
      addMeter(p.scene, 300 + i * (meterWidth + 24), 12, meterWidth, m.name, m.value, m.limits),
    ]),
  );
  const clockDom = p.overlay.text({ x: 30, y: 10, width: 240, height: 40 }, undefined, '');
  const meterDom = new Map(
    call.meters.map((m, i) => [
      m.id,
      p.overlay.meter(
        { x: 300 + i * (meterWidth + 24), y: 12, width: meterWidth, height: 40 },
        m.name,
      ),
    ]),
  );
  let seenTranscript = 0;
  const refreshMeters = (c: CallView, reducedMotion: boolean) => {
    const moved = new Set<string>();
    for (let i = seenTranscript; i < c.transcript.length; i++) {
      for (const note of c.transcript[i]?.notes ?? []) {
        const m = c.meters.find((x) => x.id === note.meter);
        if (m) meters.get(m.id)?.set(m.value, note.text, reducedMotion);
        if (m) moved.add(m.id);
      }
    }
    seenTranscript = c.transcript.length;
    // Without stopping a bar that is easing to its note.
    for (const m of c.meters) if (!moved.has(m.id)) meters.get(m.id)?.set(m.value, undefined, true);
  };
  return {
    refresh(c, reducedMotion) {
      const left = Math.max(0, c.clock.total - c.clock.elapsed);
      const clock = p.msg('call.timeLeft', clockParts(left));
      clockText.setText(clock);
      clockDom.textContent = clock;
      for (const m of c.meters) {
        const value = Math.round(m.value);
        const limit = nearLimit(m.value, m.limits);
        meterDom
          .get(m.id)
          ?.set(
            value,
            limit === undefined
              ? p.msg('call.meterValue', { value })
              : p.msg('call.meterNearLimit', { value, limit }),
          );
      }
      refreshMeters(c, reducedMotion);
    },
  };
}
