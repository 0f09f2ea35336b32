// Makes the game's sounds in a Web Worker (synth.ts, the same bytes as on the
// page): each sound as a WAV file, sent back to the page as a Blob (a handle:
// nothing is copied), in the order the page asked. The page's own thread
// never runs the synthesis, so a student who reaches the call within seconds
// of the title plays it without the page pausing (issue 15).
import { SOUND_IDS, type SoundId } from './sound-ids.ts';
import { makeSound } from './synth.ts';

export interface MadeSound {
  id: SoundId;
  wav: Blob;
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<readonly SoundId[]>) => void) | null;
  postMessage(message: MadeSound): void;
};

scope.onmessage = (event) => {
  for (const id of event.data) {
    if (!SOUND_IDS.includes(id)) continue;
    scope.postMessage({ id, wav: new Blob([makeSound(id)], { type: 'audio/wav' }) });
  }
};
