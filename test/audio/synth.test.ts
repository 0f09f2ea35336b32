import { describe, expect, it } from 'vitest';
import { makeSound, makeSoundInSlices } from '../../src/audio/synth.ts';
import { SOUND_IDS } from '../../src/audio/sound-ids.ts';

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

  it.each(SOUND_IDS)(
    '%s made a slice at a time (as the game makes it) is the same bytes',
    async (id) => {
      let pauses = 0;
      const sliced = await makeSoundInSlices(id, () => Promise.resolve(void pauses++), 1000);
      expect(Buffer.compare(Buffer.from(sliced), Buffer.from(makeSound(id)))).toBe(0);
      expect(pauses).toBe(Math.ceil((sliced.length - 44) / 2 / 1000));
    },
  );
});
