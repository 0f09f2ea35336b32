// The class page's state: the results a teacher added (files or links), each
// checked by replaying it; the ones refused, named with the reason; the
// duplicates skipped; which scenario is shown; and its pooled summary.
// Everything stays in the teacher's browser.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema.ts';
import { readResult, type GameResult, type ResultCheck } from '../negotiation/result.ts';
import { summariseClass, type ClassSummary } from '../negotiation/analysis/class-summary.ts';
import { toCsv } from '../negotiation/analysis/csv.ts';
import { gradebookRows } from '../negotiation/analysis/gradebook.ts';

export type { ClassSummary };
import { currentCatalogue, t, type Catalogue } from '../messages/en.ts';

export interface ClassInput {
  /** Where it came from: a file name, or "link 3". */
  source: string;
  text: string;
  /** Why the page refused it before it could be read (far too large, unreadable): then `text` is not checked. */
  refused?: string;
}

/** What one addition did, for the page to say so. */
export interface Added {
  added: number;
  refused: number;
  duplicates: number;
}

export interface ClassState {
  /** Accepted results by scenario id, in the order they were added. */
  results: Record<string, GameResult[]>;
  rejected: { source: string; message: string }[];
  duplicates: string[];
  selected: string | null;
  summary: ClassSummary | null;
  actions: {
    addInputs(inputs: readonly ClassInput[]): Added;
    selectScenario(id: string): void;
    clear(): void;
    /** The gradebook of every result loaded, all scenarios in one CSV file, or null with no results. */
    csvFile(): { name: string; text: string } | null;
  };
}

export type ClassStore = StoreApi<ClassState>;

export function createClassStore(
  scenarios: readonly Scenario[],
  catalogue: Catalogue = currentCatalogue(),
): ClassStore {
  const summaryOf = (results: Record<string, GameResult[]>, id: string | null) => {
    const scenario = scenarios.find((s) => s.id === id);
    const list = id ? results[id] : undefined;
    return scenario && list ? summariseClass(scenario, list, catalogue) : null;
  };
  // readResult never throws on any input (property-tested); should a bug make it, that one input is refused, not the batch.
  const readSafely = (text: string): ResultCheck => {
    try {
      return readResult(text, scenarios);
    } catch {
      return { ok: false, message: t('class.unreadable', {}, catalogue) };
    }
  };
  return createStore<ClassState>()((set, get) => ({
    results: {},
    rejected: [],
    duplicates: [],
    selected: null,
    summary: null,
    actions: {
      addInputs(inputs) {
        const results = { ...get().results };
        const rejected = [...get().rejected];
        const duplicates = [...get().duplicates];
        let added = 0;
        for (const input of inputs) {
          if (input.refused !== undefined) {
            rejected.push({ source: input.source, message: input.refused });
            continue;
          }
          const check = readSafely(input.text);
          if (!check.ok) {
            rejected.push({ source: input.source, message: check.message });
            continue;
          }
          const id = check.scenario.id;
          const list = [...(results[id] ?? [])];
          const same = (r: GameResult) =>
            r.student === check.result.student &&
            r.moves === check.result.moves &&
            r.seed === check.result.seed;
          if (list.some(same)) duplicates.push(input.source);
          else {
            list.push(check.result);
            added++;
          }
          results[id] = list;
        }
        // The scenario shown: the one chosen, else the one with the most results.
        const chosen = get().selected;
        const selected =
          chosen !== null && results[chosen]
            ? chosen
            : (Object.entries(results).sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? null);
        const before = get();
        set({ results, rejected, duplicates, selected, summary: summaryOf(results, selected) });
        return {
          added,
          refused: rejected.length - before.rejected.length,
          duplicates: duplicates.length - before.duplicates.length,
        };
      },
      selectScenario(id) {
        if (get().results[id]) set({ selected: id, summary: summaryOf(get().results, id) });
      },
      csvFile() {
        const results = get().results;
        const summaries = Object.keys(results).flatMap((id) => summaryOf(results, id) ?? []);
        const [only] = summaries;
        if (!only) return null;
        return {
          name:
            summaries.length === 1
              ? `class-results-${only.scenarioId}.csv`
              : 'class-results-all-scenarios.csv',
          text: toCsv(gradebookRows(summaries, catalogue)),
        };
      },
      clear() {
        set({ results: {}, rejected: [], duplicates: [], selected: null, summary: null });
      },
    },
  }));
}
