import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSound } from '../../scripts/make-sounds.ts';
import { SOUND_IDS } from '../../src/audio/sound-ids.ts';
import { repoPath } from '../helpers.ts';

describe('the synthesised sounds', () => {
  it.each(SOUND_IDS)(
    '%s is a 16-bit mono PCM WAV that every browser plays, without clipping',
    (id) => {
      const bytes = makeSound(id);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const text = (at: number) => String.fromCharCode(...bytes.slice(at, at + 4));
      expect(text(0)).toBe('RIFF');
      expect(text(8)).toBe('WAVE');
      expect(view.getUint16(20, true)).toBe(1);
      expect(view.getUint16(22, true)).toBe(1);
      expect(view.getUint16(34, true)).toBe(16);
      const samples = (bytes.length - 44) / 2;
      expect(samples).toBeGreaterThan(1000);
      let peak = 0;
      for (let i = 0; i < samples; i++)
        peak = Math.max(peak, Math.abs(view.getInt16(44 + i * 2, true)));
      expect(peak).toBeGreaterThan(1000);
      expect(peak).toBeLessThan(32767);
    },
  );

  it('are the files committed in assets/sounds (run npm run sounds after changing the script)', () => {
    for (const id of SOUND_IDS) {
      const committed = readFileSync(repoPath(`assets/sounds/${id}.wav`));
      expect(Buffer.compare(committed, Buffer.from(makeSound(id))), `${id}.wav is stale`).toBe(0);
    }
  });
});
