// `npm run sounds`: writes every synthesised sound (src/audio/synth.ts, which
// the game runs in the browser) to assets/sounds/<id>.wav, to listen to them.
// The game does not load these files: it makes the same bytes itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOUND_IDS } from '../src/audio/sound-ids.ts';
import { makeSound } from '../src/audio/synth.ts';

const dir = fileURLToPath(new URL('../assets/sounds/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const id of SOUND_IDS) {
  const bytes = makeSound(id);
  writeFileSync(`${dir}${id}.wav`, bytes);
  console.log(`assets/sounds/${id}.wav  ${(bytes.length / 1024).toFixed(0)} KB`);
}
