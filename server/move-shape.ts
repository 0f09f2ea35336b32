// A move as a client sent it, checked for shape before the machine sees it:
// the move read back from its result-file token (src/negotiation/result.ts),
// and only if it is exactly what the client sent. Anything else (unknown
// kinds, options or fields, wrong types) is null, never an exception.
import { decodeEvents, encodeEvents } from '../src/negotiation/result.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import type { Move } from '../src/negotiation/types.ts';
import { en } from '../src/messages/en.ts';

/** Plain JSON with object keys sorted, to compare two values by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

export function canonicalMove(scenario: Scenario, message: unknown): Move | null {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return null;
  const side = scenario.sides[0]?.id;
  if (!side) return null;
  let token: string;
  try {
    token = encodeEvents(scenario, [{ type: 'move', side, move: message as Move }]);
  } catch {
    return null;
  }
  const decoded = decodeEvents(scenario, token, en);
  if (!decoded.ok) return null;
  const event = decoded.events[0];
  if (event?.type !== 'move' || canonical(event.move) !== canonical(message)) return null;
  return event.move;
}
