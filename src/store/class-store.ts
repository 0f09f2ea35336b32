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

const empty = () => ({
  results: {},
  scenarios: {},
  rejected: [],
  duplicates: [],
  selected: null,
  summary: null,
});

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
  return createStore<ClassState>()((set, get) => ({
    ...empty(),
    actions: {
      addInputs(inputs) {
        const before = get();
        const batch: Batch = {
          results: { ...before.results },
          scenarios: { ...before.scenarios },
          rejected: [...before.rejected],
          duplicates: [...before.duplicates],
          added: 0,
        };
        for (const input of inputs) takeInput(batch, input, readSafely, keyOf);
        const selected = shownScenario(before.selected, batch.results);
        const next = { results: batch.results, scenarios: batch.scenarios };
        set({
          ...next,
          rejected: batch.rejected,
          duplicates: batch.duplicates,
          selected,
          summary: summaryOf(next, selected),
        });
        return {
          added: batch.added,
          refused: batch.rejected.length - before.rejected.length,
          duplicates: batch.duplicates.length - before.duplicates.length,
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
        return gradebookFile(summaries, catalogue);
      },
      clear() {
        set(empty());
      },
    },
  }));
}

/** One addition under way: copies of the state's lists, and how many results were new. */
interface Batch extends Pick<ClassState, 'results' | 'scenarios' | 'rejected' | 'duplicates'> {
  added: number;
}

/** An input into the batch: refused (with why), a duplicate (by its source), or a new result under its scenario's key. */
function takeInput(
  batch: Batch,
  input: ClassInput,
  read: (text: string) => ResultCheck,
  keyOf: (scenario: Scenario) => string,
): void {
  if (input.refused !== undefined) {
    batch.rejected.push({ source: input.source, message: input.refused });
    return;
  }
  const check = read(input.text);
  if (!check.ok) {
    batch.rejected.push({ source: input.source, message: check.message, text: input.text });
    return;
  }
  const id = keyOf(check.scenario);
  batch.scenarios[id] ??= check.scenario;
  const list = [...(batch.results[id] ?? [])];
  if (list.some((r) => sameGame(r, check.result))) batch.duplicates.push(input.source);
  else {
    list.push(check.result);
    batch.added++;
  }
  batch.results[id] = list;
}

/** The same student's same game, handed in twice. */
const sameGame = (a: GameResult, b: GameResult) =>
  a.student === b.student && a.moves === b.moves && a.seed === b.seed;

/** The scenario shown: the one chosen, else the one with the most results. */
function shownScenario(chosen: string | null, results: ClassState['results']): string | null {
  if (chosen !== null && results[chosen]) return chosen;
  return Object.entries(results).sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? null;
}

/** The gradebook of these summaries in one CSV file, named for its scenario when there is one; null with none. */
function gradebookFile(
  summaries: readonly ClassSummary[],
  catalogue: Catalogue,
): { name: string; text: string } | null {
  const [only] = summaries;
  if (!only) return null;
  return {
    name:
      summaries.length === 1
        ? `class-results-${only.scenarioId}.csv`
        : 'class-results-all-scenarios.csv',
    text: toCsv(gradebookRows(summaries, catalogue)),
  };
}
