// How each leader looks on the call: calm, firm, angry or pleased. Read only
// from what both players see — the last thing that leader said (its tone or
// move) and the tension on the line (how near the meters are to breaking the
// call) — never from a side's private values, so a face tells the player no
// more than the words did.
import type { SideId, TranscriptEntry } from '../negotiation/types.ts';

export type Mood = 'calm' | 'firm' | 'angry' | 'pleased';

/** The mood of each situation a line is said in; the rest leave the face calm. */
const BY_SITUATION: Partial<Record<string, Mood>> = {
  accept: 'pleased',
  acknowledgeEvidence: 'pleased',
  respectful: 'calm',
  greeting: 'pleased',
  closing: 'calm',
  firm: 'firm',
  reject: 'firm',
  redLine: 'firm',
  answerThreat: 'firm',
  counter: 'firm',
  threatening: 'angry',
  hangUp: 'angry',
};

/** A leader's mood from their last line and the tension (0–1) on the line. */
export function moodOf(
  transcript: readonly TranscriptEntry[],
  side: SideId,
  tension: number,
): Mood {
  let said: string | undefined;
  for (let i = transcript.length - 1; i >= 0 && said === undefined; i--) {
    const e = transcript[i];
    if (e?.kind === 'line' && e.speaker === side) said = e.situation;
  }
  const mood: Mood = (said === undefined ? undefined : BY_SITUATION[said]) ?? 'calm';
  // A line near breaking point hardens every face by one step; pleasure does not last it.
  if (tension >= 0.85) return mood === 'firm' || mood === 'angry' ? 'angry' : 'firm';
  if (tension >= 0.65 && mood !== 'angry') return mood === 'pleased' ? 'calm' : 'firm';
  return mood;
}
