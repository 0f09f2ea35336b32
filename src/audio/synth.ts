// Every sound of the game, made by synthesis in the browser at run time (and by
// `npm run sounds`, to listen to them as files): a phone ring, pick-up and
// hang-up clicks, soft UI clicks, a quiet tension bed that loops, and a sting
// for each kind of ending, as 16-bit mono WAV, which Chromium, Firefox and
// Safari all play. Nothing is downloaded, so no sound delays the title screen.
// Deterministic: the same bytes every time. Pure: no DOM, no Howler.
import type { SoundId } from './sound-ids.ts';

const RATE = 22_050;
const TAU = Math.PI * 2;

type Voice = (t: number) => number;

/** A sound to render: its length and its voice (made afresh each time: a voice with noise keeps state). */
interface Spec {
  seconds: number;
  voice: Voice;
}

const render = (seconds: number, voice: Voice): Spec => ({ seconds, voice });

/** Attack–release envelope over [start, start + length). */
function env(t: number, start: number, length: number, attack = 0.01, release = 0.05): number {
  const x = t - start;
  if (x < 0 || x > length) return 0;
  return Math.min(1, x / attack, (length - x) / release);
}

const sine = (f: number, t: number) => Math.sin(TAU * f * t);

/** A small deterministic noise source (xorshift), for clicks. */
function noise(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) / 4294967296) * 2 - 1;
  };
}

const SOUNDS: Record<SoundId, () => Spec> = {
  // The North American ring: 440 + 480 Hz, two seconds on, four off; here twice, shortened.
  ring: () =>
    render(4.2, (t) => {
      const on = env(t, 0, 1.6, 0.02, 0.05) + env(t, 2.4, 1.6, 0.02, 0.05);
      const trill = 0.75 + 0.25 * Math.sign(sine(20, t));
      return 0.35 * on * trill * (sine(440, t) + sine(480, t)) * 0.5;
    }),
  pickup: () => {
    const n = noise(7);
    return render(
      0.25,
      (t) =>
        0.6 * env(t, 0, 0.04, 0.001, 0.03) * n() +
        0.3 * env(t, 0.08, 0.12, 0.005, 0.1) * sine(180, t),
    );
  },
  hangup: () => {
    const n = noise(11);
    return render(
      1.1,
      (t) =>
        0.6 * env(t, 0, 0.05, 0.001, 0.04) * n() +
        0.25 * (env(t, 0.3, 0.25) + env(t, 0.75, 0.25)) * sine(480, t),
    );
  },
  click: () => {
    const n = noise(3);
    return render(
      0.06,
      (t) => 0.4 * env(t, 0, 0.05, 0.001, 0.045) * (0.6 * n() + 0.4 * sine(1400, t)),
    );
  },
  // Eight seconds that loop without a seam: every frequency makes whole cycles in 8 s.
  tension: () =>
    render(8, (t) => {
      const swell = 0.6 + 0.4 * Math.sin((TAU * t) / 8);
      return (
        0.18 *
        swell *
        (0.5 * sine(55, t) +
          0.3 * sine(82.5, t) +
          0.15 * sine(110, t) * (0.5 + 0.5 * sine(0.25, t)))
      );
    }),
  'sting-good': () => chord([523.25, 659.25, 783.99, 1046.5], 0.12, 2.2),
  'sting-mixed': () => chord([440, 523.25, 659.25, 587.33], 0.16, 2.2),
  'sting-bad': () => chord([220, 207.65, 155.56, 146.83], 0.2, 2.6),
};

/** A short arpeggio that ends on its last note, held. */
function chord(notes: number[], step: number, seconds: number): Spec {
  return render(seconds, (t) => {
    let v = 0;
    notes.forEach((f, i) => {
      const start = i * step;
      const length = seconds - start - 0.05;
      const decay = Math.exp(-(t - start) * 1.6);
      v += env(t, start, length, 0.01, 0.4) * decay * (sine(f, t) + 0.3 * sine(2 * f, t));
    });
    return (0.5 * v) / notes.length;
  });
}

/** Writes a 16-bit mono PCM WAV: the header now, the samples as `fill` is called, slice by slice. */
function wavWriter(spec: Spec): {
  bytes: Uint8Array<ArrayBuffer>;
  fill: (from: number, to: number) => void;
  length: number;
} {
  const length = Math.round(spec.seconds * RATE);
  const bytes = new Uint8Array(new ArrayBuffer(44 + length * 2));
  const view = new DataView(bytes.buffer);
  const text = (offset: number, s: string) =>
    [...s].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, RATE, true);
  view.setUint32(28, RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, length * 2, true);
  const fill = (from: number, to: number) => {
    for (let i = from; i < Math.min(to, length); i++) {
      const s = spec.voice(i / RATE);
      view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true);
    }
  };
  return { bytes, fill, length };
}

/** The sound as a WAV file's bytes, at once. */
export function makeSound(id: SoundId): Uint8Array<ArrayBuffer> {
  const wav = wavWriter(SOUNDS[id]());
  wav.fill(0, wav.length);
  return wav.bytes;
}

/**
 * The same bytes, made a slice at a time with `pause()` awaited between slices,
 * so that making the sounds never holds the page for long (no long task, even
 * on a slow computer): the browser renders its frames in between.
 */
export async function makeSoundInSlices(
  id: SoundId,
  pause: () => Promise<void>,
  slice = 4096,
): Promise<Uint8Array<ArrayBuffer>> {
  const wav = wavWriter(SOUNDS[id]());
  for (let from = 0; from < wav.length; from += slice) {
    await pause();
    wav.fill(from, from + slice);
  }
  return wav.bytes;
}
