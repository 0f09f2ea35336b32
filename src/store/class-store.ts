// The class page's state: the results a teacher added (files or links), each
// checked by replaying it; the ones refused, named with the reason; the
// duplicates skipped; which scenario is shown; and its pooled summary.
// Everything stays in the teacher's browser. A teacher's own scenario comes
// with its results (each carries a copy) or as its file, added beside them;
// results refused for want of it are read again when it comes.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema.ts';
import { readResult, type GameResult, type ResultCheck } from '../negotiation/result.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { packScenario } from '../negotiation/scenario-copy.ts';
import { summariseClass, type ClassSummary } from '../negotiation/analysis/class-summary.ts';
import { toCsv } from '../negotiation/analysis/csv.ts';
import { gradebookRows } from '../negotiation/analysis/gradebook.ts';

export type { ClassSummary };
import { t, type Catalogue } from '../messages/i18n.ts';

export interface ClassInput {
  /** Where it came from: a file name, or "link 3". */
  source: string;
  text: string;
  /** Why the page refused it before it could be read (far too large, unreadable): then `text` is not checked. */
  refused?: string;
}

/** A result refused, with its text when it might be read later (once its scenario is added). */
interface Rejected {
  source: string;
  message: string;
  text?: string;
}

/** What one addition did, for the page to say so. */
export interface Added {
  added: number;
  refused: number;
  duplicates: number;
}

export interface ClassState {
  /**
   * Accepted results by scenario key, in the order they were added: the id of
   * one of the page's own scenarios, "id@hash" for another (a teacher's own,
   * even one that kept a bundled scenario's id).
   */
  results: Record<string, GameResult[]>;
  /** The scenario of each key of `results`. */
  scenarios: Record<string, Scenario>;
  rejected: Rejected[];
  duplicates: string[];
  selected: string | null;
  summary: ClassSummary | null;
  actions: {
    addInputs(inputs: readonly ClassInput[]): Added;
    /** A teacher's scenario file, added beside the results: the ones refused for want of it are read again. */
    addScenario(scenario: Scenario): Added;
    selectScenario(id: string): void;
    /** The compressed copy a debrief link of this key's results carries, or undefined for the page's own scenarios. */
    copyFor(key: string): string | undefined;
    clear(): void;
    /** The gradebook of every result loaded, all scenarios in one CSV file, or null with no results. */
    csvFile(): { name: string; text: string } | null;
  };
}

export type ClassStore = StoreApi<ClassState>;

export function createClassStore(scenarios: readonly Scenario[], catalogue: Catalogue): ClassStore {
  const own = new Set(scenarios);
  /** The teacher's scenarios: files added beside the results. */
  let added: Scenario[] = [];
  const keyOf = (scenario: Scenario) =>
    own.has(scenario) ? scenario.id : `${scenario.id}@${scenarioHash(scenario)}`;
  const summaryOf = (state: Pick<ClassState, 'results' | 'scenarios'>, key: string | null) => {
    const scenario = key === null ? undefined : state.scenarios[key];
    const list = key === null ? undefined : state.results[key];
    return scenario && list ? summariseClass(scenario, list, catalogue) : null;
  };
  // readResult never throws on any input (property-tested); should a bug make it, that one input is refused, not the batch.
  const readSafely = (text: string): ResultCheck => {
    try {
      return readResult(text, [...scenarios, ...added], catalogue);
    } catch {
      return { ok: false, message: t(catalogue, 'class.unreadable') };
    }
  };
  const empty = () => ({
    results: {},
    scenarios: {},
    rejected: [],
    duplicates: [],
    selected: null,
    summary: null,
  });
  return createStore<ClassState>()((set, get) => ({
    ...empty(),
    actions: {
      addInputs(inputs) {
        const results = { ...get().results };
        const known = { ...get().scenarios };
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
            rejected.push({ source: input.source, message: check.message, text: input.text });
            continue;
          }
          const id = keyOf(check.scenario);
          known[id] ??= check.scenario;
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
        const next = { results, scenarios: known };
        set({ ...next, rejected, duplicates, selected, summary: summaryOf(next, selected) });
        return {
          added,
          refused: rejected.length - before.rejected.length,
          duplicates: duplicates.length - before.duplicates.length,
        };
      },
      addScenario(scenario) {
        const hash = scenarioHash(scenario);
        if (![...scenarios, ...added].some((s) => s.id === scenario.id && scenarioHash(s) === hash))
          added = [...added, scenario];
        // The results refused so far are read again: those that wanted this scenario now pass.
        const retry = get().rejected.filter((r) => r.text !== undefined);
        set({ rejected: get().rejected.filter((r) => r.text === undefined) });
        const result = get().actions.addInputs(
          retry.map((r) => ({ source: r.source, text: r.text ?? '' })),
        );
        return { ...result, refused: 0 };
      },
      selectScenario(id) {
        if (get().results[id]) set({ selected: id, summary: summaryOf(get(), id) });
      },
      copyFor(key) {
        const scenario = get().scenarios[key];
        return scenario && !own.has(scenario) ? packScenario(scenario) : undefined;
      },
      csvFile() {
        const summaries = Object.keys(get().results).flatMap((id) => summaryOf(get(), id) ?? []);
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
        set(empty());
      },
    },
  }));
}
