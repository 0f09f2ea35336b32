// The player's preferences kept between visits (only these: no tracking).
// Blocked or full storage is not an error: the game runs with the defaults.
const SOUND_KEY = 'standoff.sound';

export function loadSoundPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(SOUND_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveSoundPreference(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Storage blocked (private mode, school policy): the setting lasts this visit only.
  }
}
