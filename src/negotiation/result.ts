// A handed-in result: one game as a small versioned JSON file, and the same
// game as a short link (for a QR code). Either reproduces the game exactly:
// it holds the scenario's id and content hash, the seed, the sides, every
// event, and the student's chosen name. Reading one never trusts it: it is
// checked against the scenario and replayed, and a file whose moves do not
// lead to the outcome it claims is refused with a message, never a crash.
import { z } from 'zod';
import type { Scenario } from '../scenario/schema.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { DIFFICULTIES, DEFERRED, type Move, type SideId, type Terms } from './types.ts';
import type { CallEvent } from './call-machine.ts';
import { replayMoves, type GameRecord } from './replay.ts';
import { debriefOf } from './analysis/debrief.ts';
import { finalScore } from './final-score.ts';
import { otherSide } from './utility.ts';
import { MISTAKES } from './analysis/grading.ts';
import type { DealAnalysis } from './analysis/frontier.ts';
import { TONES } from '../scenario/schema.ts';
import { t } from '../messages/en.ts';

export const RESULT_FORMAT = 'standoff-result';
export const RESULT_VERSION = 1;
/** A result is a few kilobytes; anything much larger is not one. */
export const MAX_RESULT_BYTES = 200_000;
export const MAX_NAME_LENGTH = 60;

const resultSchema = z
  .object({
    format: z.literal(RESULT_FORMAT),
    version: z.literal(RESULT_VERSION),
    scenario: z.object({
      id: z.string().max(80),
      title: z.string().max(200),
      hash: z.string().regex(/^[0-9a-f]{20}$/),
    }),
    student: z.string().max(MAX_NAME_LENGTH),
    side: z.string().max(60),
    seed: z.number().int().min(0).max(0xffffffff),
    difficulty: z.enum(DIFFICULTIES),
    controllers: z.record(z.string().max(60), z.enum(['human', 'computer'])),
    /** Every event of the call, in the compact form of the link (see encodeEvents). */
    moves: z.string().max(20_000),
    outcome: z.object({
      ending: z.string().max(80),
      endingTitle: z.string().max(200),
      /** (the student's utility, the other side's) of the final deal. */
      utilities: z.tuple([z.number(), z.number()]),
      /** (the student's score, the other side's): finalScore, the deal plus the ending's consequence. Absent in files made before scores. */
      scores: z.tuple([z.number(), z.number()]).optional(),
      mistakes: z.array(z.enum(MISTAKES)).max(500),
    }),
  })
  .strict();

export type GameResult = z.infer<typeof resultSchema>;

export type ResultCheck =
  | { ok: true; result: GameResult; record: GameRecord; scenario: Scenario }
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
): { ok: true; events: CallEvent[] } | { ok: false; message: string } {
  if (text === '') return { ok: true, events: [] };
  const events: CallEvent[] = [];
  const tokens = text.split('.');
  for (const [n, token] of tokens.entries()) {
    const event = decodeToken(scenario, token);
    if (!event)
      return {
        ok: false,
        message: t('result.badMove', { n: n + 1, token: token.slice(0, 20) }),
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

function decodeMove(scenario: Scenario, body: string): Move | null {
  const index = (c: string | undefined) =>
    c !== undefined && /^[0-9a-z]$/.test(c) ? parseInt(c, 36) : -1;
  const rest = body.slice(1);
  switch (body[0]) {
    case 'P': {
      if (rest.length !== scenario.issues.length) return null;
      const terms: Record<string, string> = {};
      for (const [i, issue] of scenario.issues.entries()) {
        const c = rest[i];
        if (c === '_') continue;
        if (c === 'd') terms[issue.id] = DEFERRED;
        else {
          const option = issue.options[index(c)];
          if (!option) return null;
          terms[issue.id] = option.id;
        }
      }
      return { kind: 'propose', terms: terms as Terms };
    }
    case 'A':
      return rest === '' ? { kind: 'accept' } : null;
    case 'R':
      return rest === '' ? { kind: 'reject' } : null;
    case 'X':
      return rest === '' ? { kind: 'endCall' } : null;
    case 'S': {
      const tone = TONES.find((t) => t[0] === rest && rest.length === 1);
      return tone ? { kind: 'statement', tone } : null;
    }
    case 'E': {
      const evidence = rest.length === 1 ? scenario.evidence[index(rest)] : undefined;
      return evidence ? { kind: 'evidence', id: evidence.id } : null;
    }
    case 'L': {
      const issue = rest.length === 2 ? scenario.issues[index(rest[0])] : undefined;
      const option = issue?.options[index(rest[1])];
      return issue && option ? { kind: 'redLine', issue: issue.id, option: option.id } : null;
    }
    case 'D': {
      const issue = rest.length === 1 ? scenario.issues[index(rest)] : undefined;
      return issue ? { kind: 'defer', issue: issue.id } : null;
    }
    default:
      return null;
  }
}

// ---- Making, writing and reading results. ----

/** The result of a finished game, for the student whose side is `side`. */
export function makeResult(
  scenario: Scenario,
  record: GameRecord,
  side: SideId,
  student: string,
  analysis?: DealAnalysis,
): GameResult {
  const debrief = debriefOf(scenario, record, side, undefined, analysis);
  const ending = debrief.finalGame.result?.ending ?? '';
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    scenario: { id: scenario.id, title: scenario.title, hash: scenarioHash(scenario) },
    student: student.trim().slice(0, MAX_NAME_LENGTH),
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
export function readResult(input: string, scenarios: readonly Scenario[]): ResultCheck {
  if (input.length > MAX_RESULT_BYTES) return { ok: false, message: t('result.tooLarge') };
  const text = input.trim();
  if (text.startsWith('{')) return readResultFile(text, scenarios);
  return readResultLink(text, scenarios);
}

function readResultFile(text: string, scenarios: readonly Scenario[]): ResultCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: t('result.badJson') };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== RESULT_FORMAT)
    return { ok: false, message: t('result.notResultFile') };
  if ((data as { version?: unknown }).version !== RESULT_VERSION)
    return {
      ok: false,
      message: t('result.otherVersion', {
        found: String((data as { version?: unknown }).version),
        reads: RESULT_VERSION,
      }),
    };
  const parsed = resultSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      // The problem is zod's own words (English): it names the field, which is what matters here.
      message: t('result.damagedAt', {
        path: issue?.path.join('.') || t('result.itsShape'),
        problem: issue?.message ?? t('result.invalid'),
      }),
    };
  }
  return verify(parsed.data, scenarios, true);
}

function readResultLink(text: string, scenarios: readonly Scenario[]): ResultCheck {
  let param = text;
  if (
    /^[a-z]+:\/\//i.test(text) ||
    text.startsWith('?') ||
    text.startsWith('#') ||
    text.includes('r=')
  ) {
    try {
      // The result rides in the fragment (#r=…, never sent to a server) or, in older links, the query.
      const url = new URL(text, 'http://x/');
      param = new URLSearchParams(url.hash.slice(1)).get('r') ?? url.searchParams.get('r') ?? '';
    } catch {
      return { ok: false, message: t('result.notLink') };
    }
  }
  const parts = param.split('~');
  if (parts.length < 7 || parts[0] !== String(RESULT_VERSION))
    return { ok: false, message: t('result.notResultLink') };
  const [, id = '', hash = '', seed36 = '', setup = '', moves = ''] = parts;
  const student = parts.slice(6).join('~');
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario)
    return {
      ok: false,
      message: t('result.unknownScenario', { id: id.slice(0, 80) }),
    };
  const difficulty = DIFFICULTIES.find((d) => d[0] === setup[1]);
  const seed = parseInt(seed36, 36);
  const side = scenario.sides[Number(setup[0])]?.id;
  const humans = setup.slice(2);
  if (
    !difficulty ||
    !side ||
    !/^[0-9a-z]{1,7}$/.test(seed36) ||
    !/^[01]$/.test(setup[0] ?? '') ||
    !/^[hc]{2}$/.test(humans)
  )
    return {
      ok: false,
      message: t('result.linkSettings'),
    };
  const controllers = Object.fromEntries(
    scenario.sides.map((s, i) => [s.id, humans[i] === 'h' ? 'human' : 'computer'] as const),
  );
  const draft: GameResult = {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    scenario: { id, title: scenario.title, hash },
    student: student.slice(0, MAX_NAME_LENGTH),
    side,
    seed,
    difficulty,
    controllers,
    moves,
    outcome: { ending: '', endingTitle: '', utilities: [0, 0], mistakes: [] },
  };
  return verify(draft, scenarios, false);
}

/** Checks a result against its scenario and replays it; `claimed`: the outcome in it must match the replay. */
function verify(result: GameResult, scenarios: readonly Scenario[], claimed: boolean): ResultCheck {
  const scenario = scenarios.find((s) => s.id === result.scenario.id);
  if (!scenario)
    return {
      ok: false,
      message: t('result.unknownScenario', { id: result.scenario.id }),
    };
  if (scenarioHash(scenario) !== result.scenario.hash)
    return {
      ok: false,
      message: t('result.otherScenarioVersion', { title: scenario.title }),
    };
  const ids = scenario.sides.map((s) => s.id).sort();
  if (
    JSON.stringify(Object.keys(result.controllers).sort()) !== JSON.stringify(ids) ||
    !ids.includes(result.side)
  )
    return {
      ok: false,
      message: t('result.damaged', { reason: t('result.reason.sides') }),
    };
  if (result.controllers[result.side] !== 'human')
    return {
      ok: false,
      message: t('result.damaged', { reason: t('result.reason.studentSide') }),
    };
  const decoded = decodeEvents(scenario, result.moves);
  if (!decoded.ok) return { ok: false, message: t('result.damaged', { reason: decoded.message }) };
  const record: GameRecord = {
    scenario: scenario.id,
    settings: { seed: result.seed, difficulty: result.difficulty, controllers: result.controllers },
    events: decoded.events,
  };
  const replayed = replayMoves(scenario, record);
  if (replayed.refused > 0)
    return {
      ok: false,
      message: t('result.damaged', { reason: t('result.reason.impossibleMove') }),
    };
  if (!replayed.final.result) return { ok: false, message: t('result.unfinished') };
  const fresh = makeResult(scenario, record, result.side, result.student);
  if (claimed && !sameOutcome(fresh.outcome, result.outcome))
    return {
      ok: false,
      message: t('result.outcomeMismatch'),
    };
  return { ok: true, result: fresh, record, scenario };
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
