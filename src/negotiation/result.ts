// A handed-in result: one game as a small versioned JSON file, and the same
// game as a short link (for a QR code). Either reproduces the game exactly:
// it holds the scenario's id and content hash, the seed, the sides, every
// event, and the student's chosen name. Reading one never trusts it: it is
// checked against the scenario and replayed, and a file whose moves do not
// lead to the outcome it claims is refused with a message, never a crash.
import { z } from 'zod';
import type { Scenario } from '../scenario/schema.ts';
import { scenarioHash } from '../scenario/hash.ts';
import {
  DIFFICULTIES,
  DEFERRED,
  type GameState,
  type Move,
  type SideId,
  type Terms,
} from './types.ts';
import type { CallEvent } from './call-machine.ts';
import { replayMoves, type GameRecord, type ReplayedMove } from './replay.ts';
import { debriefOf, type Debrief } from './analysis/debrief.ts';
import { finalScore } from './final-score.ts';
import { otherSide } from './utility.ts';
import { MISTAKES } from './analysis/grading.ts';
import type { DealAnalysis } from './analysis/frontier.ts';
import { MAX_CALL_MINUTES, MAX_ISSUES, MIN_MOVE_SECONDS, TONES } from '../scenario/schema.ts';
import { t, type MessageKey, type Catalogue } from '../messages/i18n.ts';
import { MAX_COPY_LENGTH, readScenarioCopy } from './scenario-copy.ts';

const RESULT_FORMAT = 'standoff-result';
const RESULT_VERSION = 1;
export const MAX_NAME_LENGTH = 60;

/**
 * The most events a finished game can hold: every move takes at least the
 * schema's shortest move time out of its longest call, plus answering, the
 * two "proceed"s around the call and a free hang-up (7,204 for 120 minutes of
 * 1-second moves).
 */
export const MAX_EVENTS = (MAX_CALL_MINUTES * 60) / MIN_MOVE_SECONDS + 4;
/** The longest token is a proposal: side, "P", one character per issue; plus its ".". */
export const MAX_MOVES_LENGTH = MAX_EVENTS * (MAX_ISSUES + 3);
/** A result holds its moves, a few hundred characters more, and maybe a copy of its scenario; anything much larger is not one. */
export const MAX_RESULT_BYTES = 2 * MAX_MOVES_LENGTH + 20_000 + MAX_COPY_LENGTH;

/** A string without lone surrogates (they cannot be written as UTF-8, and encodeURIComponent throws on them). */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The text with each lone surrogate replaced by U+FFFD, safe to encode in a link. */
function toWellFormed(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd');
}

/** At most `max` UTF-16 units of a name, never half a character (a cut emoji would leave a lone surrogate). */
function cutName(text: string, max = MAX_NAME_LENGTH): string {
  return text.slice(0, max).replace(/[\ud800-\udbff]$/, '');
}

/** Text from a result put into a message: well-formed, cut short. */
const quoted = (text: string, max = 80) => toWellFormed(text.slice(0, max));

/** A string field of a result: at most `max` characters, well-formed. */
const field = (max: number) =>
  z.string().max(max).refine(isWellFormed, { message: 'result.problem.text' });

const resultSchema = z
  .object({
    format: z.literal(RESULT_FORMAT),
    version: z.literal(RESULT_VERSION),
    scenario: z
      .object({
        id: field(80),
        title: field(200),
        hash: z.string().regex(/^[0-9a-f]{20}$/),
      })
      .strict(),
    student: field(MAX_NAME_LENGTH),
    side: field(60),
    seed: z.number().int().min(0).max(0xffffffff),
    difficulty: z.enum(DIFFICULTIES),
    // Side ids as keys: checked against the scenario's two sides before any use.
    controllers: z.record(field(60), z.enum(['human', 'computer'])),
    /** Every event of the call, in the compact form of the link (see encodeEvents). */
    moves: z
      .string()
      .max(MAX_MOVES_LENGTH)
      .regex(/^[0-9a-z_.A-Z]*$/),
    outcome: z
      .object({
        ending: field(80),
        endingTitle: field(200),
        /** (the student's utility, the other side's) of the final deal. */
        utilities: z.tuple([z.number(), z.number()]),
        /** (the student's score, the other side's): finalScore, the deal plus the ending's consequence. Absent in files made before scores. */
        scores: z.tuple([z.number(), z.number()]).optional(),
        mistakes: z.array(z.enum(MISTAKES)).max(MAX_EVENTS),
      })
      .strict(),
    /**
     * A teacher's own scenario (not bundled with the game): a compressed copy
     * of it (scenario-copy.ts), so any page of the game can open the result.
     * Its content hash must be the one above.
     */
    scenarioCopy: z
      .string()
      .max(MAX_COPY_LENGTH)
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional(),
  })
  .strict();

/** What a file must be to be read further: a Standoff result, of some version. */
const envelopeSchema = z.looseObject({
  format: z.literal(RESULT_FORMAT),
  version: z.union([z.number(), z.string().max(20)]),
});

export type GameResult = z.infer<typeof resultSchema>;

export type ResultCheck =
  | {
      ok: true;
      result: GameResult;
      record: GameRecord;
      scenario: Scenario;
      /** The scenario came from the copy the result carries (none of the page's own matched). */
      fromCopy: boolean;
      /** The check's one replay of the record, move by move, and its debrief (worded by the current catalogue). */
      replayed: { moves: ReplayedMove[]; final: GameState };
      debrief: Debrief;
    }
  | { ok: false; message: string };

// ---- The compact form of the events: one token per event, joined by ".". ----
// answer "a", proceed "p", computer's turn "c"; a player's move is the side's
// index then a letter: P + one character per issue (option index in base 36,
// "d" deferred, "_" open), A, R, S + tone initial, E + evidence index,
// L + issue index + option index, D + issue index, X (hang up).

const digit = (n: number) => n.toString(36);

function encodeMove(scenario: Scenario, move: Move): string {
  const issueIndex = (id: string) => scenario.issues.findIndex((i) => i.id === id);
  switch (move.kind) {
    case 'propose':
      return `P${scenario.issues
        .map((issue) => {
          const s = move.terms[issue.id];
          if (s === undefined) return '_';
          if (s === DEFERRED) return 'd';
          return digit(issue.options.findIndex((o) => o.id === s));
        })
        .join('')}`;
    case 'accept':
      return 'A';
    case 'reject':
      return 'R';
    case 'statement':
      return `S${move.tone[0]}`;
    case 'evidence':
      return `E${digit(scenario.evidence.findIndex((e) => e.id === move.id))}`;
    case 'redLine': {
      const i = issueIndex(move.issue);
      const o = scenario.issues[i]?.options.findIndex((x) => x.id === move.option) ?? -1;
      return `L${digit(i)}${digit(o)}`;
    }
    case 'defer':
      return `D${digit(issueIndex(move.issue))}`;
    case 'endCall':
      return 'X';
  }
}

export function encodeEvents(scenario: Scenario, events: readonly CallEvent[]): string {
  return events
    .map((e) => {
      if (e.type === 'answer') return 'a';
      if (e.type === 'proceed') return 'p';
      if (e.type === 'computerMove') return 'c';
      return `${scenario.sides.findIndex((s) => s.id === e.side)}${encodeMove(scenario, e.move)}`;
    })
    .join('.');
}

/** The events back from their compact form; a message for the first token that is not one. */
export function decodeEvents(
  scenario: Scenario,
  text: string,
  catalogue: Catalogue,
): { ok: true; events: CallEvent[] } | { ok: false; message: string } {
  if (text === '') return { ok: true, events: [] };
  const events: CallEvent[] = [];
  const tokens = text.split('.');
  for (const [n, token] of tokens.entries()) {
    const event = decodeToken(scenario, token);
    if (!event)
      return {
        ok: false,
        message: t(catalogue, 'result.badMove', { n: n + 1, token: token.slice(0, 20) }),
      };
    events.push(event);
  }
  return { ok: true, events };
}

function decodeToken(scenario: Scenario, token: string): CallEvent | null {
  if (token === 'a') return { type: 'answer' };
  if (token === 'p') return { type: 'proceed' };
  if (token === 'c') return { type: 'computerMove' };
  const side = scenario.sides[Number(token[0])]?.id;
  const body = token.slice(1);
  if (!side || !/^[01]$/.test(token[0] ?? '')) return null;
  const move = decodeMove(scenario, body);
  return move ? { type: 'move', side, move } : null;
}

/** A move's body after its letter, back to the move; null when it is not one. */
type MoveDecoder = (scenario: Scenario, rest: string) => Move | null;

/** A base-36 digit's value; -1 for anything else. */
const indexOf = (c: string | undefined) =>
  c !== undefined && /^[0-9a-z]$/.test(c) ? parseInt(c, 36) : -1;

/** A move that is its letter alone. */
const bare =
  (kind: 'accept' | 'reject' | 'endCall'): MoveDecoder =>
  (_, rest) =>
    rest === '' ? { kind } : null;

function decodeProposal(scenario: Scenario, rest: string): Move | null {
  if (rest.length !== scenario.issues.length) return null;
  const terms: Record<string, string> = {};
  for (const [i, issue] of scenario.issues.entries()) {
    const c = rest[i];
    if (c === '_') continue;
    if (c === 'd') terms[issue.id] = DEFERRED;
    else {
      const option = issue.options[indexOf(c)];
      if (!option) return null;
      terms[issue.id] = option.id;
    }
  }
  return { kind: 'propose', terms: terms as Terms };
}

const MOVE_DECODERS: ReadonlyMap<string, MoveDecoder> = new Map<string, MoveDecoder>([
  ['P', decodeProposal],
  ['A', bare('accept')],
  ['R', bare('reject')],
  ['X', bare('endCall')],
  [
    'S',
    (_, rest) => {
      const tone = TONES.find((t) => t[0] === rest && rest.length === 1);
      return tone ? { kind: 'statement', tone } : null;
    },
  ],
  [
    'E',
    (scenario, rest) => {
      const evidence = rest.length === 1 ? scenario.evidence[indexOf(rest)] : undefined;
      return evidence ? { kind: 'evidence', id: evidence.id } : null;
    },
  ],
  [
    'L',
    (scenario, rest) => {
      const issue = rest.length === 2 ? scenario.issues[indexOf(rest[0])] : undefined;
      const option = issue?.options[indexOf(rest[1])];
      return issue && option ? { kind: 'redLine', issue: issue.id, option: option.id } : null;
    },
  ],
  [
    'D',
    (scenario, rest) => {
      const issue = rest.length === 1 ? scenario.issues[indexOf(rest)] : undefined;
      return issue ? { kind: 'defer', issue: issue.id } : null;
    },
  ],
]);

function decodeMove(scenario: Scenario, body: string): Move | null {
  const decode = MOVE_DECODERS.get(body[0] ?? '');
  return decode ? decode(scenario, body.slice(1)) : null;
}

// ---- Making, writing and reading results. ----

/** The result of a finished game, for the student whose side is `side`. */
export function makeResult(
  scenario: Scenario,
  record: GameRecord,
  side: SideId,
  student: string,
  catalogue: Catalogue,
  analysis?: DealAnalysis,
  scenarioCopy?: string,
): GameResult {
  return resultOf(
    scenario,
    record,
    student,
    debriefOf(scenario, record, side, catalogue, analysis),
    scenarioCopy,
  );
}

/** The result of a finished game from its debrief (which holds the replayed game). */
function resultOf(
  scenario: Scenario,
  record: GameRecord,
  student: string,
  debrief: Debrief,
  scenarioCopy?: string,
): GameResult {
  const side = debrief.side;
  const ending = debrief.finalGame.result?.ending ?? '';
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    scenario: { id: scenario.id, title: scenario.title, hash: scenarioHash(scenario) },
    student: cutName(toWellFormed(student.trim())),
    side,
    seed: record.settings.seed,
    difficulty: record.settings.difficulty,
    controllers: { ...record.settings.controllers },
    moves: encodeEvents(scenario, record.events),
    outcome: {
      ending,
      endingTitle: scenario.endings.find((e) => e.id === ending)?.title ?? ending,
      utilities: [round2(debrief.final[0]), round2(debrief.final[1])],
      scores: [
        round2(finalScore(scenario, debrief.finalGame, side)),
        round2(finalScore(scenario, debrief.finalGame, otherSide(scenario, side))),
      ],
      mistakes: debrief.mistakes,
    },
    ...(scenarioCopy === undefined ? {} : { scenarioCopy }),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function resultFileText(result: GameResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A file name for the result: the student's name and the scenario, safe on every system. */
export function resultFileName(result: GameResult): string {
  const safe = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'student';
  return `${safe(result.student)}-${safe(result.scenario.id)}.standoff.json`;
}

/**
 * The fragment of a debrief link: `r=` the result, and for a teacher's own
 * scenario `&s=` its copy (then the link is too long for a QR code; the page
 * that opens it needs nothing else).
 */
export function resultFragment(linkParam: string, scenarioCopy?: string): string {
  // Read results are well-formed; toWellFormed keeps encodeURIComponent from ever throwing here.
  const r = `r=${encodeURIComponent(toWellFormed(linkParam))}`;
  return scenarioCopy ? `${r}&s=${scenarioCopy}` : r;
}

/**
 * The result as a link's `r` parameter: version, scenario id and hash, seed,
 * difficulty, who played which side, the moves, the name. The outcome is not
 * in the link: whoever opens it replays the moves.
 */
export function resultLinkParam(result: GameResult, scenario: Scenario): string {
  const sideIndex = scenario.sides.findIndex((s) => s.id === result.side);
  const humans = scenario.sides
    .map((s) => (result.controllers[s.id] === 'human' ? 'h' : 'c'))
    .join('');
  return [
    RESULT_VERSION,
    result.scenario.id,
    result.scenario.hash,
    result.seed.toString(36),
    `${sideIndex}${result.difficulty[0]}${humans}`,
    result.moves,
    result.student,
  ].join('~');
}

/** Reads a result file's text, a link, or a link's `r` parameter, and checks it against the scenarios. */
export function readResult(
  input: unknown,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): ResultCheck {
  if (typeof input !== 'string')
    return { ok: false, message: t(catalogue, 'result.notResultFile') };
  if (input.length > MAX_RESULT_BYTES)
    return { ok: false, message: t(catalogue, 'result.tooLarge') };
  if (!isWellFormed(input)) return { ok: false, message: t(catalogue, 'result.notText') };
  const text = input.trim();
  if (text.startsWith('{')) return readResultFile(text, scenarios, catalogue);
  return readResultLink(text, scenarios, catalogue);
}

/** The first problem zod found, in the page's words: the field it is in, and what is wrong. */
function damagedAt(issues: readonly z.core.$ZodIssue[], catalogue: Catalogue): string {
  const issue = issues[0];
  const path =
    issue?.path.map((p) => quoted(String(p), 40)).join('.') || t(catalogue, 'result.itsShape');
  return t(catalogue, 'result.damagedAt', { path, problem: t(catalogue, problemKey(issue)) });
}

function problemKey(issue: z.core.$ZodIssue | undefined): MessageKey {
  switch (issue?.code) {
    case 'invalid_type':
      return 'result.problem.type';
    case 'too_big':
      return 'result.problem.tooBig';
    case 'too_small':
      return 'result.problem.tooSmall';
    case 'invalid_value':
      return 'result.problem.value';
    case 'invalid_format':
      return 'result.problem.format';
    case 'unrecognized_keys':
      return 'result.problem.unknownKey';
    case 'custom':
      return 'result.problem.text';
    default:
      return 'result.invalid';
  }
}

/** The page's scenarios, and the scenario the result's copy holds (when it has one and it is valid). */
function withCopy(
  scenarios: readonly Scenario[],
  copy: string | null | undefined,
  catalogue: Catalogue,
): Scenario[] {
  const copied = copy ? readScenarioCopy(copy, catalogue) : null;
  return copied ? [...scenarios, copied] : [...scenarios];
}

function readResultFile(
  text: string,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): ResultCheck {
  let data: unknown;
  let proto = false;
  try {
    // JSON.parse makes "__proto__" an own key (no prototype is set), which later copies would not keep: refused.
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') proto = true;
      return value;
    });
  } catch {
    return { ok: false, message: t(catalogue, 'result.badJson') };
  }
  if (proto)
    return {
      ok: false,
      message: t(catalogue, 'result.damagedAt', {
        path: '__proto__',
        problem: t(catalogue, 'result.problem.unknownKey'),
      }),
    };
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, message: t(catalogue, 'result.notResultFile') };
  if (envelope.data.version !== RESULT_VERSION)
    return {
      ok: false,
      message: t(catalogue, 'result.otherVersion', {
        found: quoted(String(envelope.data.version), 20),
        reads: RESULT_VERSION,
      }),
    };
  const parsed = resultSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: damagedAt(parsed.error.issues, catalogue) };
  return verify(parsed.data, scenarios, true, catalogue, parsed.data.scenarioCopy);
}

/** The `r` parameter of a link, or of the link's text itself ("1~…": no link around it); and its `s`, a scenario's copy. */
function linkParam(text: string): { r: string; s: string | null } | null {
  if (/^\d+~/.test(text)) return { r: text, s: null };
  try {
    // The result rides in the fragment (#r=…, never sent to a server) or, in older links, the query.
    const url = new URL(text, 'http://x/');
    const hash = new URLSearchParams(url.hash.slice(1));
    return {
      r: hash.get('r') ?? url.searchParams.get('r') ?? '',
      s: hash.get('s') ?? url.searchParams.get('s'),
    };
  } catch {
    return null;
  }
}

const refused = (message: string): ResultCheck => ({ ok: false, message });

function readResultLink(
  text: string,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
): ResultCheck {
  const link = linkParam(text);
  if (link === null) return refused(t(catalogue, 'result.notLink'));
  if (link.s !== null && link.s.length > MAX_COPY_LENGTH)
    return refused(t(catalogue, 'result.linkSettings'));
  const fields = linkFields(link.r);
  if (fields === null) return refused(t(catalogue, 'result.notResultLink'));
  const { id, hash, seed36, setup, moves, student } = fields;
  const known = withCopy(scenarios, link.s, catalogue);
  const scenario =
    known.find((s) => s.id === id && scenarioHash(s) === hash) ?? known.find((s) => s.id === id);
  if (!scenario) return refused(t(catalogue, 'result.unknownScenario', { id: quoted(id) }));
  const settings = linkSettings(scenario, seed36, setup);
  // The same schema as a file's, so a link's name and moves meet the same limits before any use.
  const draft =
    settings &&
    resultSchema.safeParse({
      format: RESULT_FORMAT,
      version: RESULT_VERSION,
      scenario: { id, title: scenario.title, hash },
      student: cutName(student),
      ...settings,
      moves,
      outcome: { ending: '', endingTitle: '', utilities: [0, 0], mistakes: [] },
    });
  if (!draft || !draft.success) return refused(t(catalogue, 'result.linkSettings'));
  return verify(draft.data, scenarios, false, catalogue, link.s);
}

/** The fields of a link's `r` parameter, "~" between them (the name last: it may hold "~"); null when it is none. */
function linkFields(r: string) {
  const parts = r.split('~');
  if (parts.length < 7 || parts[0] !== String(RESULT_VERSION)) return null;
  const [, id = '', hash = '', seed36 = '', setup = '', moves = ''] = parts;
  return { id, hash, seed36, setup, moves, student: parts.slice(6).join('~') };
}

/**
 * A link's seed (base 36) and setup (the student's side index, the difficulty's initial,
 * "h" or "c" for each side), as a result's fields; null when they are not.
 */
function linkSettings(
  scenario: Scenario,
  seed36: string,
  setup: string,
): Pick<GameResult, 'side' | 'seed' | 'difficulty' | 'controllers'> | null {
  const difficulty = DIFFICULTIES.find((d) => d[0] === setup[1]);
  const side = scenario.sides[Number(setup[0])]?.id;
  const humans = setup.slice(2);
  if (
    !difficulty ||
    !side ||
    !/^[0-9a-z]{1,7}$/.test(seed36) ||
    !/^[01]$/.test(setup[0] ?? '') ||
    !/^[hc]{2}$/.test(humans)
  )
    return null;
  const controllers = Object.fromEntries(
    scenario.sides.map((s, i) => [s.id, humans[i] === 'h' ? 'human' : 'computer'] as const),
  );
  return { side, seed: parseInt(seed36, 36), difficulty, controllers };
}

/** Checks a result against its scenario and replays it; `claimed`: the outcome in it must match the replay. */
function verify(
  result: GameResult,
  scenarios: readonly Scenario[],
  claimed: boolean,
  catalogue: Catalogue,
  copy?: string | null,
): ResultCheck {
  const found = scenarioOf(result, scenarios, catalogue, copy);
  if (typeof found === 'string') return refused(found);
  const { scenario, fromCopy } = found;
  const damaged = (reason: string) => refused(t(catalogue, 'result.damaged', { reason }));
  if (!sidesAgree(result, scenario)) return damaged(t(catalogue, 'result.reason.sides'));
  if (result.controllers[result.side] !== 'human')
    return damaged(t(catalogue, 'result.reason.studentSide'));
  const decoded = decodeEvents(scenario, result.moves, catalogue);
  if (!decoded.ok) return damaged(decoded.message);
  const record: GameRecord = {
    scenario: scenario.id,
    settings: { seed: result.seed, difficulty: result.difficulty, controllers: result.controllers },
    events: decoded.events,
  };
  const replayed = replayMoves(scenario, record);
  if (replayed.refused > 0) return damaged(t(catalogue, 'result.reason.impossibleMove'));
  if (!replayed.final.result) return refused(t(catalogue, 'result.unfinished'));
  const debrief = debriefOf(scenario, record, result.side, catalogue, undefined, replayed);
  const fresh = resultOf(
    scenario,
    record,
    result.student,
    debrief,
    fromCopy ? (copy ?? undefined) : undefined,
  );
  if (claimed && !sameOutcome(fresh.outcome, result.outcome))
    return refused(t(catalogue, 'result.outcomeMismatch'));
  return { ok: true, result: fresh, record, scenario, fromCopy, replayed, debrief };
}

/**
 * The scenario a result was played on: the page's own of that id and content first; else the copy
 * the result carries; else any of that id. A message when there is none, or its content differs.
 */
function scenarioOf(
  result: GameResult,
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
  copy: string | null | undefined,
): { scenario: Scenario; fromCopy: boolean } | string {
  const { id, hash } = result.scenario;
  const own = scenarios.find((s) => s.id === id && scenarioHash(s) === hash);
  const copied = own ? null : withCopy([], copy, catalogue).find((s) => s.id === id);
  const scenario =
    own ??
    (copied && scenarioHash(copied) === hash ? copied : null) ??
    scenarios.find((s) => s.id === id) ??
    copied;
  if (!scenario)
    return t(catalogue, copy ? 'result.badCopy' : 'result.unknownScenario', { id: quoted(id) });
  if (scenarioHash(scenario) !== hash)
    return t(catalogue, 'result.otherScenarioVersion', { title: scenario.title });
  return { scenario, fromCopy: own === undefined };
}

/** The result names the scenario's two sides (a plain object, no more, no fewer) and plays one of them. */
function sidesAgree(result: GameResult, scenario: Scenario): boolean {
  const ids = scenario.sides.map((s) => s.id).sort();
  const keys = Object.keys(result.controllers).sort();
  return (
    Object.getPrototypeOf(result.controllers) === Object.prototype &&
    keys.length === ids.length &&
    keys.every((k, i) => k === ids[i]) &&
    ids.includes(result.side)
  );
}

function sameOutcome(a: GameResult['outcome'], b: GameResult['outcome']): boolean {
  return (
    a.ending === b.ending &&
    Math.abs(a.utilities[0] - b.utilities[0]) < 0.01 &&
    Math.abs(a.utilities[1] - b.utilities[1]) < 0.01 &&
    // A file from before scores were stored claims none; one that claims scores must match.
    (b.scores === undefined ||
      (a.scores !== undefined &&
        Math.abs(a.scores[0] - b.scores[0]) < 0.01 &&
        Math.abs(a.scores[1] - b.scores[1]) < 0.01)) &&
    a.mistakes.join() === b.mistakes.join()
  );
}
