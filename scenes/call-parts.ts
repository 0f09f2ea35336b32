// What the call scene's parts (the top bar, the strip, the table, the moves)
// are given to build themselves with: the scene to draw in, the DOM overlay
// for their controls, the player's messages, and the store's state.
import type * as Phaser from 'phaser';
import type { MessageKey } from '../src/messages/i18n.ts';
import type { StoreState } from '../src/store/game-store.ts';
import type { Overlay } from '../src/ui/overlay.ts';

export interface CallParts {
  scene: Phaser.Scene;
  overlay: Overlay;
  msg: (key: MessageKey, params?: Record<string, string | number>) => string;
  state: () => StoreState;
}
