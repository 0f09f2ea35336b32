// The game's sounds by id: made by scripts/make-sounds.ts into assets/sounds/<id>.wav.
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
