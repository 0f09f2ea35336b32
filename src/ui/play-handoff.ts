// How the editor hands a scenario to the game: the text is put in this site's
// storage and the game opens with ?play=editor, reads it and loads it with the
// same loader as any file. It stays there, so reloading the game tab plays the
// same text again.
import { recall, remember } from './remembered.ts';

const HANDOFF_KEY = 'standoff.editor.play';
export const PLAY_FROM_EDITOR = 'editor';

export interface HandedScenario {
  name: string;
  text: string;
}

/** False when storage is blocked or full: the page then says to download the file instead. */
export function handToGame(scenario: HandedScenario): boolean {
  return remember(HANDOFF_KEY, JSON.stringify(scenario));
}

export function takeFromEditor(): HandedScenario | null {
  const raw = recall(HANDOFF_KEY);
  try {
    const value: unknown = raw === null ? null : JSON.parse(raw);
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as HandedScenario).name === 'string' &&
      typeof (value as HandedScenario).text === 'string'
    )
      return value as HandedScenario;
    return null;
  } catch {
    return null;
  }
}
