// The call's transcript in words, for the side the player plays: each line
// marked as the player's own or not; a meter entry carries a note for each
// meter the leaders moved (the clock's drift shows on the meters alone).
import type { Scenario } from '../scenario/schema.ts';
import { describeMeterChange, narrate, type NarratedLine } from '../negotiation/narrate.ts';
import type { GameState, MeterChange, SideId } from '../negotiation/types.ts';
import type { Catalogue } from '../messages/i18n.ts';

export type TranscriptLine = NarratedLine & {
  notes?: { meter: string; text: string }[];
  mine?: boolean;
};

export function callTranscript(
  scenario: Scenario,
  game: GameState,
  side: SideId,
  catalogue: Catalogue,
): TranscriptLine[] {
  return game.transcript.flatMap((entry): TranscriptLine[] => {
    if (entry.kind === 'line')
      return [{ ...narrate(scenario, entry, catalogue), mine: entry.speaker === side }];
    if (entry.kind === 'event') return [narrate(scenario, entry, catalogue)];
    // The clock's steady drift shows on the meters themselves; the transcript keeps what the leaders caused.
    const changes = entry.changes.filter((c: MeterChange) => c.cause.kind !== 'clock');
    if (changes.length === 0) return [];
    return [
      {
        ...narrate(scenario, { ...entry, changes }, catalogue),
        notes: changes.map((c) => ({
          meter: c.meter,
          text: describeMeterChange(scenario, c, catalogue),
        })),
      },
    ];
  });
}
