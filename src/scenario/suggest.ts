// "Did you mean …" for a mistyped id: the closest known name by edit distance.
import { t, type MessageKey, type Catalogue } from '../messages/i18n.ts';

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  const curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = curr[j] ?? 0;
  }
  return prev[b.length] ?? 0;
}

/** The closest candidate, or undefined when none is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

const KIND_WORDS: Record<string, MessageKey> = {
  side: 'check.kind.side',
  meter: 'check.kind.meter',
  issue: 'check.kind.issue',
  option: 'check.kind.option',
  evidence: 'check.kind.evidence',
  ending: 'check.kind.ending',
  event: 'check.kind.event',
  placeholder: 'check.kind.placeholder',
};

/** The word for a kind of id (side, meter, …) in the active language. */
export function kindWord(kind: string, catalogue: Catalogue): string {
  const key = KIND_WORDS[kind];
  return key ? t(catalogue, key) : kind;
}

/** A fix sentence for an unknown id: "did you mean X?" or the list of known ones. */
export function unknownIdFix(
  kind: string,
  word: string,
  known: readonly string[],
  catalogue: Catalogue,
): string {
  const guess = closest(word, known);
  const params = { kind: kindWord(kind, catalogue), ids: listIds(known) };
  if (guess !== undefined) return t(catalogue, 'check.unknownIdGuess', { ...params, guess });
  if (known.length === 0) return t(catalogue, 'check.noIdsYet', params);
  return t(catalogue, 'check.unknownId', params);
}

function listIds(ids: readonly string[]): string {
  const unique = [...new Set(ids)];
  const shown = unique.slice(0, 12).map((id) => `"${id}"`);
  return unique.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}
