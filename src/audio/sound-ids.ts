// The game's sounds by id: made in the browser by src/audio/synth.ts (npm run sounds writes them as files).
export const SOUND_IDS = [
  'ring',
  'pickup',
  'hangup',
  'click',
  'tension',
  'sting-good',
  'sting-mixed',
  'sting-bad',
] as const;
export type SoundId = (typeof SOUND_IDS)[number];
