// The game's sounds as in-memory WAV files (blob: URLs) for Howler, made in
// the browser by synthesis (synth.ts) once the page is idle, a slice at a
// time: nothing is downloaded, and nothing waits for a sound, the title screen
// least of all. Without requestIdleCallback (Safari) a zero timeout yields.
import { SOUND_IDS, SOUNDS_MADE_MARK, type SoundId } from './sound-ids.ts';
import { makeSoundInSlices } from './synth.ts';

const pause = (): Promise<void> =>
  new Promise((resume) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resume(), { timeout: 250 });
    else setTimeout(resume, 0);
  });

export interface SoundUrls {
  urls: Record<SoundId, string>;
  /** Frees the in-memory files. */
  revoke(): void;
}

/** Every sound, made in idle time; the first gesture's sounds (the ring, the click) first. Marks the timeline when all are made. */
export async function makeSoundUrls(): Promise<SoundUrls> {
  const urls = {} as Record<SoundId, string>;
  for (const id of SOUND_IDS) {
    const bytes = await makeSoundInSlices(id, pause);
    urls[id] = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
  }
  performance.mark(SOUNDS_MADE_MARK);
  return { urls, revoke: () => Object.values(urls).forEach((u) => URL.revokeObjectURL(u)) };
}
