// The leaders' faces follow what both players saw: the last thing each leader
// said and the tension on the line — never a private value.
import { describe, expect, it } from 'vitest';
import { moodOf } from '../../src/store/mood.ts';
import type { TranscriptEntry } from '../../src/negotiation/types.ts';

const said = (speaker: string, situation: string): TranscriptEntry => ({
  kind: 'line',
  clock: 0,
  speaker,
  situation,
  line: 0,
});

describe("a leader's mood", () => {
  it('is calm before they have said anything', () => {
    expect(moodOf([], 'us', 0)).toBe('calm');
  });

  it('follows their own last line, not the other leader’s', () => {
    const lines = [said('us', 'threatening'), said('mexico', 'accept')];
    expect(moodOf(lines, 'us', 0.2)).toBe('angry');
    expect(moodOf(lines, 'mexico', 0.2)).toBe('pleased');
    expect(moodOf([...lines, said('us', 'reject')], 'us', 0.2)).toBe('firm');
  });

  it('hardens as the line nears breaking point', () => {
    const lines = [said('mexico', 'accept')];
    expect(moodOf(lines, 'mexico', 0.7)).toBe('calm');
    expect(moodOf(lines, 'mexico', 0.9)).toBe('firm');
    expect(moodOf([said('mexico', 'firm')], 'mexico', 0.9)).toBe('angry');
  });
});
