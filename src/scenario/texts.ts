// Where a scenario's human-readable texts are, and where their translations
// go: the one map that localising, hashing and checking translations all
// read, so they cannot disagree about what a text is. Ids, numbers, URLs,
// dates, colours and conditions are not texts. Pure; no game rules here.
import { PLACEHOLDERS, SITUATIONS } from './dialogue-vocabulary.ts';
import type { Scenario, Translation } from './schema.ts';
import type { DocPath } from './problem.ts';

export interface TextSlot {
  /** Where the text is in the scenario, e.g. `['issues', 2, 'options', 0, 'label']`. */
  source: DocPath;
  /** Where its translation goes under `translations.<lang>`, e.g. `['issues', 'tariffs', 'options', 'imposed-now', 'label']`. */
  target: DocPath;
  text: string;
  /** A dialogue line: its translation may be the text itself or a block with `text`. */
  line?: true;
}

/** A block of a translation keyed by ids (issues, options…), for "did you mean". */
export interface IdScope {
  at: DocPath;
  kind: string;
  ids: string[];
}

/** Every text of the scenario, in file order. */
export function textSlots(s: Scenario): TextSlot[] {
  const slots: TextSlot[] = [];
  const add = (source: DocPath, target: DocPath, text: string | undefined) => {
    if (text !== undefined) slots.push({ source, target, text });
  };
  add(['title'], ['title'], s.title);
  add(['summary'], ['summary'], s.summary);
  add(['tagline'], ['tagline'], s.tagline);
  s.sources.forEach((src, i) => {
    add(['sources', i, 'title'], ['sources', i, 'title'], src.title);
    add(['sources', i, 'publisher'], ['sources', i, 'publisher'], src.publisher);
  });
  s.sides.forEach((side, i) => {
    const to = ['sides', side.id];
    for (const key of ['country', 'leader', 'title', 'role', 'brief', 'knownWants'] as const)
      add(['sides', i, key], [...to, key], side[key]);
    side.goals.forEach((goal, j) => add(['sides', i, 'goals', j], [...to, 'goals', j], goal));
    add(['sides', i, 'walkAwayText'], [...to, 'walkAwayText'], side.walkAwayText);
  });
  add(['followUpTalks'], ['followUpTalks'], s.followUpTalks);
  s.meters.forEach((meter, i) => {
    add(['meters', i, 'name'], ['meters', meter.id, 'name'], meter.name);
    add(['meters', i, 'description'], ['meters', meter.id, 'description'], meter.description);
  });
  s.issues.forEach((issue, i) => {
    const to = ['issues', issue.id];
    add(['issues', i, 'name'], [...to, 'name'], issue.name);
    add(['issues', i, 'question'], [...to, 'question'], issue.question);
    add(['issues', i, 'says', 'noun'], [...to, 'says', 'noun'], issue.says?.noun);
    issue.options.forEach((option, j) => {
      const from = ['issues', i, 'options', j];
      const into = [...to, 'options', option.id];
      add([...from, 'label'], [...into, 'label'], option.label);
      add([...from, 'text'], [...into, 'text'], option.text);
      add([...from, 'says', 'noun'], [...into, 'says', 'noun'], option.says?.noun);
      add([...from, 'says', 'clause'], [...into, 'says', 'clause'], option.says?.clause);
    });
  });
  s.evidence.forEach((item, i) => {
    for (const key of ['label', 'line', 'source'] as const)
      add(['evidence', i, key], ['evidence', item.id, key], item[key]);
    add(['evidence', i, 'says', 'noun'], ['evidence', item.id, 'says', 'noun'], item.says?.noun);
  });
  s.events.forEach((event, i) => {
    for (const key of ['speaker', 'line'] as const)
      add(['events', i, key], ['events', event.id, key], event[key]);
  });
  for (const situation of SITUATIONS) {
    for (const [side, lines] of Object.entries(s.dialogue[situation] ?? {})) {
      lines.forEach((line, j) => {
        const at = ['dialogue', situation, side, j];
        if (typeof line === 'string') {
          slots.push({ source: at, target: at, text: line, line: true });
          return;
        }
        slots.push({ source: [...at, 'text'], target: at, text: line.text, line: true });
        add([...at, 'source'], [...at, 'source'], line.source);
      });
    }
  }
  s.endings.forEach((ending, i) => {
    add(['endings', i, 'title'], ['endings', ending.id, 'title'], ending.title);
    add(['endings', i, 'summary'], ['endings', ending.id, 'summary'], ending.summary);
  });
  add(['debrief', 'whatHappened'], ['debrief', 'whatHappened'], s.debrief.whatHappened);
  s.debrief.questions.forEach((q, j) =>
    add(['debrief', 'questions', j], ['debrief', 'questions', j], q),
  );
  s.lessons.forEach((lesson, j) => add(['lessons', j, 'why'], ['lessons', j, 'why'], lesson.why));
  return slots;
}

/** The blocks of a translation keyed by ids, with the ids each may use. */
export function idScopes(s: Scenario): IdScope[] {
  const sideIds = s.sides.map((x) => x.id);
  return [
    { at: ['sides'], kind: 'side', ids: sideIds },
    { at: ['meters'], kind: 'meter', ids: s.meters.map((m) => m.id) },
    { at: ['issues'], kind: 'issue', ids: s.issues.map((i) => i.id) },
    ...s.issues.map((issue) => ({
      at: ['issues', issue.id, 'options'],
      kind: 'option',
      ids: issue.options.map((o) => o.id),
    })),
    { at: ['evidence'], kind: 'evidence', ids: s.evidence.map((e) => e.id) },
    { at: ['events'], kind: 'event', ids: s.events.map((e) => e.id) },
    { at: ['endings'], kind: 'ending', ids: s.endings.map((e) => e.id) },
    ...SITUATIONS.map((situation) => ({
      at: ['dialogue', situation],
      kind: 'side',
      ids: sideIds,
    })),
  ];
}

/** The value at a path of plain data, or undefined when the path is not there. */
export function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** The translation of one text, or undefined when the translation leaves it out. */
export function translatedText(
  translation: Translation | undefined,
  slot: TextSlot,
): string | undefined {
  const value = valueAt(translation, slot.target);
  if (typeof value === 'string') return value;
  if (slot.line && value !== null && typeof value === 'object') {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

/** The languages of a file: its own first, then those it has translations for. */
export function languagesOf(s: Scenario): string[] {
  return [...new Set([s.language, ...Object.keys(s.translations ?? {})])];
}

/** Every text of the scenario in `lang`: its translation, or the original when there is none. */
export function resolvedTexts(s: Scenario, lang: string, slots = textSlots(s)): string[] {
  const translation = lang === s.language ? undefined : s.translations?.[lang];
  return slots.map((slot) => translatedText(translation, slot) ?? slot.text);
}

/**
 * Writes `value` at `path`, making blocks and lists on the way. For a dialogue
 * line (`line`), a line already written as a block gets the text in its `text`.
 */
export function writeText(data: object, path: DocPath, value: string, line?: true): void {
  let node = data as Record<string | number, unknown>;
  path.forEach((part, i) => {
    const next = path[i + 1];
    if (next === undefined) {
      const current = node[part];
      if (line && current !== null && typeof current === 'object')
        (current as Record<string, unknown>).text = value;
      else node[part] = value;
      return;
    }
    let child = node[part];
    if (typeof child === 'string' && next === 'source') child = { text: child };
    if (child === null || typeof child !== 'object') child = typeof next === 'number' ? [] : {};
    node[part] = child;
    node = child as Record<string | number, unknown>;
  });
}

/** The placeholders a text uses, `{deal}` → `deal`, in order, repeats included. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
}

export function isKnownPlaceholder(name: string): boolean {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}
