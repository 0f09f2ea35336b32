// The editor's drafts as kept in the browser: one entry a draft, so two tabs
// never write each other's work, and the reading of what storage holds
// (today's entries, and the one whole list of the first format, migrated).
// Pure: no storage here; the page's adapter (ui/editor/draft-storage.ts) and
// the tests' fake storage both go through these functions.
import { z } from 'zod';

const draftSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string(),
  text: z.string(),
  updatedAt: z.number(),
});

/** One scenario being written: its file name (as downloaded and played), its text, when it last changed (ms). */
export type Draft = z.infer<typeof draftSchema>;

/** The first format: every draft in one entry, written whole by each tab (so tabs lost each other's work). */
const legacySchema = z.object({
  version: z.literal(1),
  currentId: z.string(),
  drafts: z.array(draftSchema),
});

const entrySchema = z.object({ version: z.literal(2), draft: draftSchema });

export const DRAFT_PREFIX = 'standoff.editor.draft.';
export const LEGACY_DRAFTS_KEY = 'standoff.editor.drafts';
export const OPEN_DRAFT_KEY = 'standoff.editor.open';
export const DAMAGED_PREFIX = 'standoff.editor.damaged.';

export function draftKey(id: string): string {
  return `${DRAFT_PREFIX}${id}`;
}

export function draftEntry(draft: Draft): string {
  return JSON.stringify({ version: 2, draft });
}

/** A draft entry's text read back; 'damaged' when it is not one. */
export function parseDraftEntry(raw: string): Draft | 'damaged' {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.draft : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** The first format's list, or 'damaged'. */
export function parseLegacyDrafts(raw: string): { drafts: Draft[]; currentId: string } | 'damaged' {
  try {
    const parsed = legacySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}

export type StorageResult = { ok: true } | { ok: false; reason: 'full' | 'blocked' };

/** What a reading of storage found. */
export interface StoredDrafts {
  drafts: Draft[];
  /** The draft this browser had open last, if known. */
  openId: string | null;
  /** Entries that could not be read, each now kept aside under a key of its own. */
  damaged: number;
  /** Storage refused to be read at all (site data blocked). */
  blocked: boolean;
}

/** A change another tab made: a draft written, or removed (null). */
export interface DraftChange {
  id: string;
  draft: Draft | null;
}

/** Where drafts are kept (localStorage in the browser, a fake in tests). */
export interface DraftStorage {
  load(): StoredDrafts;
  /** The draft as storage holds it now (another tab may have written it); null when absent or unreadable. */
  read(id: string): Draft | null;
  write(draft: Draft): StorageResult;
  remove(id: string): void;
  /** Remembers which draft is open, for the next visit. */
  rememberOpen(id: string): void;
  /** Calls back on every change another tab makes; returns the function that stops. */
  watch(onChange: (change: DraftChange) => void): () => void;
}
