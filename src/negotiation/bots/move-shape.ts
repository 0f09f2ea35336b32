// Whether a value a bot returned is a move at all (a bot may be plain
// JavaScript): the kind is known and its fields have the right types. Whether
// the move is legal now is checkMove's question, asked after this one.
import type { Move } from '../types.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `value` is not a move, in plain words; undefined when it is one. */
export function moveShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'decide() must return a move object, e.g. { kind: "accept" }';
  const str = (key: string) =>
    typeof value[key] === 'string' ? undefined : `a "${String(value.kind)}" move needs "${key}"`;
  switch (value.kind) {
    case 'accept':
    case 'reject':
    case 'endCall':
      return undefined;
    case 'statement':
      return ['respectful', 'firm', 'threatening'].includes(String(value.tone))
        ? undefined
        : 'a statement needs a tone: respectful, firm or threatening';
    case 'evidence':
      return str('id');
    case 'redLine':
      return str('issue') ?? str('option');
    case 'defer':
      return str('issue');
    case 'propose': {
      const terms = value.terms;
      if (!isRecord(terms)) return 'a proposal needs terms: { issueId: optionId, … }';
      return Object.values(terms).every((s) => typeof s === 'string')
        ? undefined
        : 'each term of a proposal is an option id or "deferred"';
    }
    default:
      return `there is no move of kind "${String(value.kind)}"`;
  }
}

/** A clean copy of a well-shaped move (no extra fields, nothing the bot can change later), or why it is not one. */
export function toMove(value: unknown): { move: Move } | { problem: string } {
  const problem = moveShapeProblem(value);
  if (problem !== undefined || !isRecord(value)) return { problem: problem ?? 'not a move' };
  const s = (key: string) => String(value[key]);
  switch (value.kind) {
    case 'accept':
      return { move: { kind: 'accept' } };
    case 'reject':
      return { move: { kind: 'reject' } };
    case 'endCall':
      return { move: { kind: 'endCall' } };
    case 'statement':
      return {
        move: { kind: 'statement', tone: s('tone') as 'respectful' | 'firm' | 'threatening' },
      };
    case 'evidence':
      return { move: { kind: 'evidence', id: s('id') } };
    case 'redLine':
      return { move: { kind: 'redLine', issue: s('issue'), option: s('option') } };
    case 'defer':
      return { move: { kind: 'defer', issue: s('issue') } };
    default: {
      const terms = isRecord(value.terms) ? value.terms : {};
      return {
        move: {
          kind: 'propose',
          terms: Object.fromEntries(Object.entries(terms).map(([k, v]) => [k, String(v)])),
        },
      };
    }
  }
}
