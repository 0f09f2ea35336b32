// A teacher's own scenario travels with what was played on it: a class link,
// a result file and a debrief link carry a compressed copy of the scenario
// (its JSON, deflated, in base64url), so the game, the class page and the
// debrief page open it with no server beyond the static host. A copy is read
// as untrusted data: unpacked with a size limit, then checked like a saved
// game's copy (the schema and cross-references, no YAML parser), and a
// result's content hash must match it. Never throws.
import { deflateSync, inflateSync, strToU8 } from 'fflate';
import type { Scenario } from '../scenario/schema.ts';
import { validScenario } from '../scenario/validate.ts';
import type { Catalogue } from '../messages/i18n.ts';

/** A scenario is at most a megabyte (the loader's limit); its copy unpacks to no more. */
export const MAX_UNPACKED_BYTES = 1_000_000;
/** The longest copy read: JSON deflates well below a third, and base64 adds a third back. */
export const MAX_COPY_LENGTH = 400_000;

const COPY_CHARS = /^[A-Za-z0-9_-]+$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const packed = new WeakMap<Scenario, string>();

/** The scenario as a copy to carry in a link or a file. */
export function packScenario(scenario: Scenario): string {
  let copy = packed.get(scenario);
  if (copy === undefined) {
    copy = toBase64Url(deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 }));
    packed.set(scenario, copy);
  }
  return copy;
}

/** A copy's bytes (the scenario's JSON), or null when it is not one: wrong characters, damaged, or too large. */
export function unpackCopy(copy: unknown): Uint8Array | null {
  if (typeof copy !== 'string' || copy.length > MAX_COPY_LENGTH || !COPY_CHARS.test(copy))
    return null;
  const packed = fromBase64Url(copy);
  if (!packed) return null;
  try {
    // One byte more than allowed: a copy that fills it is too large (fflate stops at the buffer's end).
    const bytes = inflateSync(packed, { out: new Uint8Array(MAX_UNPACKED_BYTES + 1) });
    return bytes.length > MAX_UNPACKED_BYTES || bytes.length === 0 ? null : bytes;
  } catch {
    return null;
  }
}

/**
 * The copy a result file or a link carries, unchecked: the file's
 * `scenarioCopy`, or the link's `s` parameter (`…#r=…&s=…`). Never throws.
 */
export function copyIn(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  try {
    if (text.startsWith('{')) {
      const data: unknown = JSON.parse(text);
      const copy = (data as { scenarioCopy?: unknown } | null)?.scenarioCopy;
      return typeof copy === 'string' ? copy : null;
    }
    const url = new URL(text, 'http://x/');
    return new URLSearchParams(url.hash.slice(1)).get('s') ?? url.searchParams.get('s');
  } catch {
    return null;
  }
}

/** Copies read lately: a class's results carry the same copy thirty times, checked once. */
const recent = new Map<string, Scenario | null>();
const RECENT = 8;

/** The scenario a copy holds, checked as any file is; null when it is not a valid scenario. */
export function readScenarioCopy(copy: unknown, catalogue: Catalogue): Scenario | null {
  if (typeof copy !== 'string') return null;
  const known = recent.get(copy);
  if (known !== undefined) return known;
  const scenario = readUncached(copy, catalogue);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value ?? '');
  recent.set(copy, scenario);
  return scenario;
}

function readUncached(copy: string, catalogue: Catalogue): Scenario | null {
  const bytes = unpackCopy(copy);
  if (!bytes) return null;
  try {
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return validScenario('scenario.json', data, catalogue);
  } catch {
    return null;
  }
}
