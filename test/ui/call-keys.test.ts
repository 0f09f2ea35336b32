import { describe, expect, it } from 'vitest';
import { arrowTarget, callKey, type CallLetters } from '../../src/ui/call-keys.ts';

const EN: CallLetters = { propose: 'P', accept: 'A', reject: 'R', hangUp: 'H', table: 'T' };
const ES: CallLetters = { ...EN, hangUp: 'C', table: 'O' };
const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the call screen’s shortcut keys', () => {
  it('reads number keys as the numbered moves and letters in either case as named moves', () => {
    expect(callKey(key('1'), EN)).toEqual({ kind: 'number', index: 0 });
    expect(callKey(key('9'), EN)).toEqual({ kind: 'number', index: 8 });
    expect(callKey(key('0'), EN)).toBeUndefined();
    expect(callKey(key('p'), EN)).toEqual({ kind: 'propose' });
    expect(callKey(key('A'), EN)).toEqual({ kind: 'accept' });
    expect(callKey(key('h'), EN)).toEqual({ kind: 'hangUp' });
    expect(callKey(key('?'), EN)).toEqual({ kind: 'help' });
  });

  it('uses the letters of the player’s language, and leaves keys with Ctrl, Alt or Cmd alone', () => {
    expect(callKey(key('c'), ES)).toEqual({ kind: 'hangUp' });
    expect(callKey(key('h'), ES)).toBeUndefined();
    expect(callKey(key('o'), ES)).toEqual({ kind: 'table' });
    expect(callKey(key('p', { ctrlKey: true }), EN)).toBeUndefined();
    expect(callKey(key('1', { altKey: true }), EN)).toBeUndefined();
    // M stays the game-wide mute.
    expect(callKey(key('m'), EN)).toBeUndefined();
  });
});

describe('the arrow keys among the table’s options', () => {
  const grid = [
    [true, true, false, true],
    [false, false, false, false],
    [true, false, true],
  ];

  it('moves along a row, skipping options that cannot be chosen, and stops at its ends', () => {
    expect(arrowTarget(grid, 0, 1, 'ArrowRight')).toEqual({ row: 0, col: 3 });
    expect(arrowTarget(grid, 0, 3, 'ArrowRight')).toBeUndefined();
    expect(arrowTarget(grid, 0, 0, 'ArrowLeft')).toBeUndefined();
  });

  it('moves to the nearest usable option of the next open row, skipping settled rows', () => {
    expect(arrowTarget(grid, 0, 1, 'ArrowDown')).toEqual({ row: 2, col: 0 });
    expect(arrowTarget(grid, 0, 3, 'ArrowDown')).toEqual({ row: 2, col: 2 });
    // Two as near: the left one.
    expect(arrowTarget(grid, 2, 2, 'ArrowUp')).toEqual({ row: 0, col: 1 });
    expect(arrowTarget(grid, 2, 0, 'ArrowDown')).toBeUndefined();
    expect(arrowTarget(grid, 0, 0, 'Enter')).toBeUndefined();
  });
});
