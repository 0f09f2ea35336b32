// The game's sounds as in-memory WAV files (blob: URLs) for Howler, made in
// the browser by synthesis (synth.ts): nothing is downloaded, and nothing
// waits for a sound, the title screen least of all. They are made in a Web
// Worker (sound-worker.ts), off the page's thread; where no worker can run
// (a browser without them, a worker that fails to start), on the page itself
// in idle time, a slice at a time (without requestIdleCallback, as in Safari,
// a zero timeout yields), so that making them never holds the page for long.
import { SOUND_IDS, SOUNDS_MADE_MARK, type SoundId } from './sound-ids.ts';
import type { MadeSound } from './sound-worker.ts';
import { makeSoundInSlices } from './synth.ts';
import { whenIdle } from '../ui/idle.ts';

const pause = (): Promise<void> =>
  new Promise((resume) => whenIdle(() => resume(), { timeout: 250, fallback: 0 }));

export interface SoundUrls {
  urls: Record<SoundId, string>;
  /** Frees the in-memory files. */
  revoke(): void;
}

type Wavs = Record<SoundId, Blob>;

/** Every sound made in a worker; rejects when the worker cannot start or fails. */
function madeInWorker(): Promise<Wavs> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sound-worker.ts', import.meta.url), {
      type: 'module',
      name: 'sounds',
    });
    const wavs: Partial<Wavs> = {};
    let count = 0;
    worker.onmessage = (event: MessageEvent<MadeSound>) => {
      wavs[event.data.id] = event.data.wav;
      if (++count < SOUND_IDS.length) return;
      worker.terminate();
      resolve(wavs as Wavs);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the sound worker failed'));
    };
    worker.postMessage(SOUND_IDS);
  });
}

/** Every sound made on the page in idle time, slice by slice. */
async function madeOnPage(): Promise<Wavs> {
  const wavs: Partial<Wavs> = {};
  for (const id of SOUND_IDS)
    wavs[id] = new Blob([await makeSoundInSlices(id, pause)], { type: 'audio/wav' });
  return wavs as Wavs;
}

/** Every sound, made off the page's thread where it can be (see above). Marks the timeline when all are made. */
export async function makeSoundUrls(): Promise<SoundUrls> {
  const wavs = await (typeof Worker === 'function' ? madeInWorker() : Promise.reject()).catch(
    madeOnPage,
  );
  const urls = {} as Record<SoundId, string>;
  for (const id of SOUND_IDS) urls[id] = URL.createObjectURL(wavs[id]);
  performance.mark(SOUNDS_MADE_MARK);
  return { urls, revoke: () => Object.values(urls).forEach((u) => URL.revokeObjectURL(u)) };
}
