// Keyboard shortcuts for the whole game: M mutes. Every other action is a
// focusable button of the DOM layer (Tab, Enter, Space).
import type { GameStore } from '../store/game-store.ts';

export function installShortcuts(store: GameStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (
      target &&
      (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)
    )
      return;
    if (e.key === 'm' || e.key === 'M') store.getState().actions.toggleSound();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
