// The scenario file format: the one source of the scenario's types (z.infer)
// and of scenarios/scenario.schema.json. Shapes only: cross-references between
// ids are checked in check.ts, reading bytes is load.ts. No game rules here.
import { z } from 'zod';
import { PLACEHOLDERS, SITUATIONS } from './dialogue-vocabulary.ts';

// Zod's fast object parser compiles code with `new Function`, and even its probe
// for that is reported as a violation of the site's Content-Security-Policy (no
// 'unsafe-eval'). Every module that builds a Zod schema imports this one (directly
// or through load.ts), so this runs before any schema is made.
z.config({ jitless: true });

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

const idSchema = z
  .string()
  .regex(ID_PATTERN, {
    message:
      'an id is lower-case letters, digits and dashes, starting with a letter (e.g. "joint-ops")',
  })
  .max(60)
  .describe(
    'A short name used to refer to this thing elsewhere in the file: lower-case letters, digits and dashes, e.g. "joint-ops".',
  );

const text = (max: number) => z.string().trim().min(1, { message: 'this text is empty' }).max(max);

/** Meter id → change, e.g. `{ pressure: 8, sovereignty: -5 }`. */
const effectsSchema = z
  .record(idSchema, z.number().min(-100).max(100))
  .describe(
    'Changes to meters, by meter id: { pressure: 8, sovereignty: -5 }. Each meter stays between 0 and 100.',
  );

/** Side id → number; used for per-side values and weights. */
const perSide = (describe: string, min: number, max: number) =>
  z.record(idSchema, z.number().min(min).max(max)).describe(describe);

const sourceSchema = z
  .object({
    title: text(200).describe('The headline or title of the source.'),
    publisher: text(120).describe('Who published it, e.g. "LA Times".'),
    date: z.string().max(40).optional().describe('When it was published, e.g. "2026-01-13".'),
    url: z.string().max(400).optional().describe('Where to read it (optional).'),
  })
  .strict()
  .describe('A source the facts of the scenario come from.');

export const STYLES = ['boulware', 'linear', 'conceder'] as const;
const styleSchema = z
  .enum(STYLES)
  .describe(
    'How the computer concedes over the call: "boulware" holds out until late, "linear" gives ground steadily, "conceder" gives ground early.',
  );

const redLineSchema = z
  .object({
    issue: idSchema.describe('The issue the red line is on.'),
    option: idSchema.describe('The option this side will never accept.'),
    public: z
      .boolean()
      .default(false)
      .describe(
        'True when the other side knows it from the start (it is shown in their briefing).',
      ),
  })
  .strict();

export const PRONOUNS = ['she', 'he', 'they'] as const;

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/** How a flag's colours are laid out. */
export const FLAG_PATTERNS = ['vertical-bands', 'horizontal-bands', 'stripes-and-canton'] as const;
/** What may be drawn in a flag's centre (or its canton, for stars). */
export const FLAG_EMBLEMS = ['none', 'eagle', 'star', 'disc'] as const;

export const flagSchema = z.union([
  z
    .array(colourSchema)
    .min(1)
    .max(5)
    .describe(
      'Flag colours as "#rrggbb", from left or top, laid out as the portrait\'s `stripes` say.',
    ),
  z
    .object({
      pattern: z
        .enum(FLAG_PATTERNS)
        .default('vertical-bands')
        .describe(
          'vertical-bands (Mexico, France), horizontal-bands (Germany), or stripes-and-canton (the United States: 13 stripes of the first two colours, a canton of the third with stars of the second).',
        ),
      colours: z
        .array(colourSchema)
        .min(1)
        .max(5)
        .describe(
          'The colours as "#rrggbb", from left or top (for stripes-and-canton: stripe, stripe, canton).',
        ),
      emblem: z
        .enum(FLAG_EMBLEMS)
        .default('none')
        .describe(
          'Drawn in the centre: an eagle on a cactus (Mexico), a star, a disc; none for a plain flag.',
        ),
    })
    .strict(),
]);
export type FlagSpec = z.infer<typeof flagSchema>;

const sideSchema = z
  .object({
    id: idSchema,
    country: text(80).describe('The country, e.g. "Mexico".'),
    leader: text(80).describe('The leader the player speaks as, e.g. "Claudia Sheinbaum".'),
    pronoun: z
      .enum(PRONOUNS)
      .optional()
      .describe(
        'How the debrief refers to the leader after naming them: "she" or "he". With "they", or without it, the game repeats the leader\'s name.',
      ),
    title: text(120).describe('The leader\'s title, e.g. "President of Mexico".'),
    flag: flagSchema
      .optional()
      .describe(
        'The flag, drawn behind the leader: a list of colours ("#rrggbb", from left or top), or a pattern with its colours and an emblem.',
      ),
    portrait: z
      .object({
        hair: z
          .enum(['short', 'long'])
          .default('short')
          .describe('How the drawn figure wears its hair.'),
        hairColor: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .default('#2b1d14')
          .describe('Hair colour as "#rrggbb".'),
        skin: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .default('#c8a07e')
          .describe('Skin tone as "#rrggbb".'),
        stripes: z
          .enum(['vertical', 'horizontal'])
          .default('vertical')
          .describe(
            'For a flag given as a list of colours: whether they are laid out as vertical or horizontal bands.',
          ),
      })
      .strict()
      .optional()
      .describe('How the leader is drawn: a figure in their office, the flag beside them.'),
    role: text(1200).describe('What everyone knows about this side: shown to both players.'),
    brief: text(2400).describe('The private brief: shown only to the player of this side.'),
    knownWants: text(1200)
      .optional()
      .describe(
        "What the other side is known to want from this side, as shown in the other side's briefing.",
      ),
    goals: z
      .array(text(300))
      .max(8)
      .default([])
      .describe("This side's goals, in a few words each, for the briefing."),
    walkAway: z
      .number()
      .min(0)
      .max(100)
      .describe(
        'The walk-away value (0–100): a deal worth less than this to this side is worse than no deal.',
      ),
    walkAwayText: text(600)
      .optional()
      .describe('What happens to this side if there is no deal, in words.'),
    style: styleSchema,
    softensWith: effectsSchema
      .optional()
      .describe(
        "How meters move this side's willingness to give ground, by meter id, from -1 to 1: { trust: 0.5, pressure: -0.3 } means trust makes it concede, pressure makes it harden.",
      ),
    redLines: z
      .array(redLineSchema)
      .max(20)
      .default([])
      .describe('Options this side will never accept.'),
  })
  .strict();

/**
 * How an option (or an issue, or a piece of evidence) is said in the middle of
 * a line, so speech is written, not assembled from button labels.
 */
const saysSchema = z
  .object({
    noun: text(120)
      .optional()
      .describe(
        'The option as a phrase that fits mid-sentence, lower-case where the language wants it: "US strikes on Mexican soil" (for "Mexico will never accept {option}").',
      ),
    clause: text(200)
      .optional()
      .describe(
        'What happens under this option, as part of a sentence: "US forces train Mexico\'s forces and share intelligence". A package is spoken as these clauses joined: "…, Mexico dismantles more labs, and the tariff threat is suspended".',
      ),
  })
  .strict()
  .describe(
    'How the leaders say this in a sentence. Without it the game makes a phrase from the label, which reads less well.',
  );

const optionSchema = z
  .object({
    id: idSchema,
    label: text(80).describe('A short name for the option, shown on buttons.'),
    text: text(400).optional().describe('What the option means, in a sentence.'),
    says: saysSchema.optional(),
    values: perSide('How much each side wants this option, 0–100, by side id.', 0, 100),
    effects: effectsSchema.optional().describe('Changes to meters when this option is agreed.'),
  })
  .strict();

const issueSchema = z
  .object({
    id: idSchema,
    name: text(80).describe('The issue\'s name, e.g. "US military role".'),
    question: text(300).optional().describe('The question on the table, in one sentence.'),
    says: saysSchema
      .pick({ noun: true })
      .optional()
      .describe(
        'How the leaders name the issue mid-sentence: { noun: "the tariff threat" } (for "Let us leave {issue} to {talks}").',
      ),
    weights: perSide(
      'How much each side cares about this issue compared with the others, by side id (any positive numbers; they are scaled to add up to 1).',
      0,
      100,
    ),
    options: z
      .array(optionSchema)
      .min(2)
      .max(8)
      .describe(
        'The options, in order (for the default scenario: from least to most that the US asks of Mexico).',
      ),
    deferred: z
      .object({
        values: perSide(
          'How much each side values leaving this issue to later talks, 0–100. Missing sides use their walk-away value.',
          0,
          100,
        ).optional(),
        effects: effectsSchema
          .optional()
          .describe('Changes to meters when this issue is deferred.'),
      })
      .strict()
      .optional()
      .describe('What happens when both sides agree to leave this issue to the follow-up talks.'),
  })
  .strict();

const meterSchema = z
  .object({
    id: idSchema,
    name: text(40).describe("The meter's name, shown on screen."),
    description: text(300).optional().describe('What the meter measures, for the briefing.'),
    start: z.number().min(0).max(100).describe('The value at the start of the call (0–100).'),
    perMinute: z
      .number()
      .min(-20)
      .max(20)
      .default(0)
      .describe(
        'How much the meter moves for each minute of the call (pressure rises with a running clock).',
      ),
    endsAt: z
      .array(
        z
          .object({
            atLeast: z
              .number()
              .min(0)
              .max(100)
              .optional()
              .describe('The call ends when the meter reaches this value or more.'),
            atMost: z
              .number()
              .min(0)
              .max(100)
              .optional()
              .describe('The call ends when the meter falls to this value or less.'),
            ending: idSchema.describe('The ending the call goes to.'),
          })
          .strict(),
      )
      .max(4)
      .default([])
      .describe(
        'Thresholds that end the call at once (e.g. pressure at 100: the call breaks down).',
      ),
  })
  .strict();

export const TONES = ['respectful', 'firm', 'threatening'] as const;

// — limits a handed-in result is sized by (issue 13): the longest call of the shortest moves.
export const MAX_CALL_MINUTES = 120;
export const MIN_MOVE_SECONDS = 1;
export const MAX_ISSUES = 8;

const moveCostSchema = z
  .object({
    seconds: z
      .number()
      .int()
      .min(MIN_MOVE_SECONDS)
      .max(600)
      .describe('Call time the move uses, in seconds.'),
    effects: effectsSchema.optional().describe('Changes to meters when the move is made.'),
  })
  .strict();

const movesSchema = z
  .object({
    propose: moveCostSchema.describe('Put a package of options on the table.'),
    accept: moveCostSchema.describe("Accept the other side's standing proposal."),
    reject: moveCostSchema.describe("Turn down the other side's standing proposal."),
    respectful: moveCostSchema.describe('A statement in a respectful tone.'),
    firm: moveCostSchema.describe('A statement in a firm tone.'),
    threatening: moveCostSchema.describe('A statement in a threatening tone.'),
    evidence: moveCostSchema.describe(
      'Present a piece of evidence (each piece adds its own effects).',
    ),
    redLine: moveCostSchema.describe('Say out loud that an option is a red line.'),
    defer: moveCostSchema
      .default({ seconds: 30 })
      .describe(
        'Propose leaving an issue to the follow-up talks. Only used when the file has `followUpTalks`; 30 seconds when left out.',
      ),
  })
  .strict()
  .describe(
    'The call time each kind of move takes, and its effects on the meters. Ending the call takes no time.',
  );

const evidenceSchema = z
  .object({
    id: idSchema,
    side: idSchema.describe('The side that can present it.'),
    label: text(80).describe('A short name, shown on the button.'),
    line: text(400).describe('What the leader says when presenting it.'),
    says: saysSchema
      .pick({ noun: true })
      .optional()
      .describe(
        'How the other leader names it mid-sentence: { noun: "your figures on homicides" } (for "{evidence}: that is progress").',
      ),
    effects: effectsSchema.optional(),
    source: text(200).optional().describe('Where the figure comes from.'),
  })
  .strict();

// — events during the call (issue 12)
/** What starts an event: a meter passing a value. */
const eventTriggerSchema = z
  .object({
    meter: idSchema.describe('The meter to watch.'),
    above: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('The event happens the first time the meter is above this value after a move.'),
    below: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('The event happens the first time the meter is below this value after a move.'),
  })
  .strict()
  .describe('When a meter passes a value: { meter: pressure, above: 70 }.');

const callEventSchema = z
  .object({
    id: idSchema,
    at: z
      .number()
      .min(0)
      .max(MAX_CALL_MINUTES)
      .optional()
      .describe(
        'The minute of the call it happens at, e.g. 5: after the first move that brings the clock to that minute. Give `at` or `when`, not both.',
      ),
    when: eventTriggerSchema.optional(),
    speaker: text(80).describe(
      'Who is heard, neither of the two sides: "An aide", "News flash", "The mayor\'s office".',
    ),
    line: text(400).describe(
      'What is said or shown, e.g. "Breaking: markets fall on tariff fears." Placeholders: {minutesLeft}, {talks}.',
    ),
    effects: effectsSchema.optional().describe('Changes to meters when it happens.'),
  })
  .strict()
  .describe(
    'Something that happens during the call, once at most: a third voice speaks and the meters move.',
  );

export { PLACEHOLDERS, SITUATIONS };
export type Situation = (typeof SITUATIONS)[number];
/**
 * Situations a scenario may leave out without a warning, the game has words of
 * its own for them: `repeat` (a side proposes again the package it proposed
 * last) and `unmoved` (a side answers an offer the other has not changed).
 */
export const OPTIONAL_SITUATIONS: readonly Situation[] = ['repeat', 'unmoved'];

const lineSchema = z.union([
  text(400),
  z
    .object({
      text: text(400).describe(
        'What is said. Placeholders in braces are filled in: {leader}, {otherLeader}, {country}, {otherCountry}, {issue}, {option}, {deal}, {evidence}, {minutesLeft}, {talks}.',
      ),
      quote: z.boolean().default(false).describe("True when these are the leader's real words."),
      source: text(200).optional().describe('Where the real words were reported.'),
    })
    .strict(),
]);

const situationLinesSchema = z
  .record(idSchema, z.array(lineSchema).min(1).max(50))
  .describe(
    "Lines for this situation, by side id. One is picked at random (from the game's seed).",
  );

const dialogueSchema = z
  .object(
    Object.fromEntries(SITUATIONS.map((s) => [s, situationLinesSchema.optional()])) as Record<
      Situation,
      z.ZodOptional<typeof situationLinesSchema>
    >,
  )
  .strict()
  .describe('What the leaders say, by situation and by side id.');

export const CALL_ENDS = ['agreement', 'hang-up', 'time', 'threshold'] as const;
export const COUNTED_MOVES = [
  'propose',
  'accept',
  'reject',
  'respectful',
  'firm',
  'threatening',
  'evidence',
  'redLine',
  'defer',
] as const;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { meter: string; atLeast?: number; atMost?: number }
  | { issue: string; is: string[] }
  | { ended: (typeof CALL_ENDS)[number][] }
  | { moves: (typeof COUNTED_MOVES)[number]; by?: string; atLeast?: number; atMost?: number }
  | { agreed: { atLeast?: number; atMost?: number } };

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).min(1)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

const range = {
  atLeast: z.number().optional().describe('True when the count or value is at least this.'),
  atMost: z.number().optional().describe('True when the count or value is at most this.'),
};

const conditionSchema: z.ZodType<Condition, unknown> = z.lazy(() => conditionUnion);

const conditionUnion = z.union([
  z
    .object({
      all: z
        .array(conditionSchema)
        .min(1)
        .describe('True when every condition in the list is true.'),
    })
    .strict(),
  z
    .object({
      any: z
        .array(conditionSchema)
        .min(1)
        .describe('True when at least one condition in the list is true.'),
    })
    .strict(),
  z
    .object({ not: conditionSchema })
    .strict()
    .describe('True when the condition under "not" is false.'),
  z
    .object({
      meter: idSchema.describe('A meter id: true when its final value is in range.'),
      ...range,
    })
    .strict(),
  z
    .object({
      issue: idSchema.describe(
        'An issue id: true when the final deal has one of these options on it.',
      ),
      is: oneOrMany(z.string().max(60)).describe(
        'Option ids, or "deferred" (left to later talks), or "open" (not settled).',
      ),
    })
    .strict(),
  z
    .object({
      ended: oneOrMany(z.enum(CALL_ENDS)).describe(
        'How the call ended: "agreement" (every issue settled), "hang-up", "time" (the clock ran out) or "threshold" (a meter hit its limit).',
      ),
    })
    .strict(),
  z
    .object({
      moves: z
        .enum(COUNTED_MOVES)
        .describe('A kind of move: true when it was made this many times.'),
      by: idSchema.optional().describe("Count only this side's moves."),
      ...range,
    })
    .strict(),
  z
    .object({
      agreed: z
        .object(range)
        .strict()
        .describe(
          'True when the number of issues settled on an option (not deferred) is in range, however the call ended: { agreed: { atLeast: 2 } } is a partial agreement, even after a hang-up or when time ran out.',
        ),
    })
    .strict(),
]);

export const ENDING_TONES = ['good', 'mixed', 'bad'] as const;
const endingToneSchema = z.enum(ENDING_TONES);

const claimRange = z
  .object({
    atLeast: z.number().optional().describe('The value is at least this.'),
    atMost: z.number().optional().describe('The value is at most this.'),
  })
  .strict();

/**
 * What an ending's title and summary say about every game that reaches it, as
 * data: the checker and the tests hold the endings to it. Every claim must be
 * true of the game; a claim left out says nothing.
 */
const claimsBaseSchema = z
  .object({
    agreement: z
      .boolean()
      .optional()
      .describe(
        'true: at least one issue was agreed on an option; false: no issue was (leaving an issue to the follow-up talks is not agreeing on it).',
      ),
    agreed: claimRange
      .optional()
      .describe('How many issues were agreed on an option, e.g. { atMost: 2 }.'),
    settled: z
      .union([z.literal('all'), z.array(idSchema).min(1)])
      .optional()
      .describe('These issues were agreed on an option; "all" for every issue.'),
    deferred: z
      .array(idSchema)
      .min(1)
      .optional()
      .describe('These issues were left to the follow-up talks.'),
    open: z
      .array(idSchema)
      .min(1)
      .optional()
      .describe('These issues were left open (neither agreed nor left to the talks).'),
    deal: z
      .record(idSchema, oneOrMany(z.string().max(60)))
      .optional()
      .describe(
        'By issue id: the final deal on that issue is one of these option ids, "deferred" or "open", e.g. { military: [none, intel-training, deferred, open] }.',
      ),
    meters: z
      .record(idSchema, claimRange)
      .optional()
      .describe(
        'By meter id: the final value is in this range, e.g. { pressure: { atMost: 80 } }.',
      ),
    ended: oneOrMany(z.enum(CALL_ENDS))
      .optional()
      .describe('How the call ended: "agreement", "hang-up", "time" or "threshold".'),
  })
  .strict();

const claimsSchema = claimsBaseSchema
  .extend({
    either: z
      .array(claimsBaseSchema)
      .min(2)
      .max(8)
      .optional()
      .describe(
        'When an ending covers different games: at least one of these sets of claims is true, e.g. [{ ended: threshold }, { deal: { tariffs: imposed-now } }].',
      ),
  })
  .strict()
  .describe(
    "What the ending's title and summary say about every game that reaches it. The checker warns when the condition lets in a game the claims deny.",
  );

const endingSchema = z
  .object({
    id: idSchema,
    title: text(100).describe('The ending\'s title, e.g. "Sovereignty intact".'),
    tone: z
      .union([endingToneSchema, z.record(idSchema, endingToneSchema)])
      .default('mixed')
      .describe(
        'How the ending feels for each side, by side id: { mexico: good, us: bad }. One word ("good", "mixed", "bad") means the same for both sides. Picks the music and colour each player sees.',
      ),
    when: conditionSchema
      .optional()
      .describe(
        'When this ending applies. Endings are tried in order; the first whose condition holds is the ending. The last ending should have no condition (it is the fallback).',
      ),
    claims: claimsSchema.optional(),
    score: z
      .record(idSchema, z.number().min(-100).max(100))
      .optional()
      .describe(
        'What the ending costs or gives each side, added to its score (0–100) for the deal, by side id: { mexico: -15, us: -10 } for an escalation that hurts both.',
      ),
    summary: text(1200).describe(
      'What this ending means, told to the student. Say only what is true of every game that reaches it.',
    ),
  })
  .strict();

const languageSchema = z
  .string()
  .regex(/^[a-z]{2}$/, { message: 'a language is written as two lower-case letters, e.g. "es"' })
  .describe('A language code of two letters: "en" (English), "es" (Spanish).');

/** The reference players (bots/) a lesson may compare: the names of docs/bots.md. */
export const REFERENCE_PLAYERS = [
  'principled',
  'accept-first',
  'reject-all',
  'hard-liner',
  'threatener',
  'respectful',
  'evidence-first',
  'deferrer',
  'tit-for-tat',
  'last-minute-staller',
  'flooder',
  'repeater',
  'partial-dealer',
] as const;
export const LESSON_DIFFICULTIES = ['easy', 'normal', 'hard', 'all'] as const;

const lessonSchema = z
  .object({
    side: idSchema.describe('The side the lesson is for: the student who plays it.'),
    better: z
      .enum(REFERENCE_PLAYERS)
      .describe('The reference player (see docs/bots.md) who should score more as that side.'),
    worse: z
      .enum(REFERENCE_PLAYERS)
      .describe('The reference player who should score less as that side.'),
    by: z
      .number()
      .min(0)
      .max(50)
      .default(3)
      .describe('By at least this many points of mean score (0–100) against the computer.'),
    difficulty: z
      .enum(LESSON_DIFFICULTIES)
      .default('all')
      .describe('The difficulty it must hold on ("all": on each of easy, normal and hard).'),
    why: text(400).describe(
      'The lesson in plain words, e.g. "For Mexico, evidence and respect beat threats." Shown in the report and the debrief.',
    ),
  })
  .strict();

/** The scenario without its translations: the texts a translation mirrors are read from here. */
const untranslatedSchema = z
  .object({
    format: z.literal(1).describe('The version of this file format. Always 1 for now.'),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, {
        message:
          'a scenario id is lower-case letters, digits and dashes (e.g. "2026-01-12-sheinbaum-trump-call")',
      })
      .max(80)
      .describe(
        'The scenario\'s id, e.g. "2026-01-12-sheinbaum-trump-call". Usually the file name without ".yaml".',
      ),
    title: text(120).describe('The title, shown on the title screen.'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD, e.g. 2026-01-12' })
      .describe('The date of the events, YYYY-MM-DD.'),
    summary: text(1200).describe(
      'What the scenario is about, in a few sentences, for the title screen.',
    ),
    tagline: text(120)
      .optional()
      .describe(
        'One line under the game\'s name on the title screen, e.g. "A phone call between two presidents. You are one of them." Without it the game says who talks to whom from the sides\' titles.',
      ),
    language: languageSchema
      .default('en')
      .describe('The language of the text in this file ("en", "es").'),
    sources: z.array(sourceSchema).min(1).max(30).describe('Where the facts come from.'),
    sides: z
      .array(sideSchema)
      .length(2, { message: 'a scenario has exactly two sides' })
      .describe(
        'The two sides, one played by the student and one by the computer (or a second student).',
      ),
    firstSpeaker: idSchema.describe('The side that speaks first after the greeting.'),
    callMinutes: z
      .number()
      .min(1)
      .max(MAX_CALL_MINUTES)
      .describe('How long the call lasts, in minutes.'),
    followUpTalks: text(200)
      .optional()
      .describe(
        'The follow-up talks issues can be deferred to, e.g. "the security talks of 22–23 January". Without it nothing can be left for later: every issue is agreed or left open.',
      ),
    meters: z
      .array(meterSchema)
      .min(1)
      .max(8)
      .describe('The meters on screen during the call (0–100), e.g. sovereignty and pressure.'),
    issues: z
      .array(issueSchema)
      .min(1)
      .max(MAX_ISSUES)
      .describe('The issues on the table, each with its options.'),
    moves: movesSchema,
    evidence: z
      .array(evidenceSchema)
      .max(20)
      .default([])
      .describe('Facts a leader can present once each during the call.'),
    events: z
      .array(callEventSchema)
      .max(20)
      .default([])
      .describe(
        'Things that happen during the call, each at most once, in this order: at a minute, or when a meter passes a value. A third voice (an aide, a news flash) speaks and the meters move.',
      ),
    dialogue: dialogueSchema,
    endings: z
      .array(endingSchema)
      .min(1)
      .max(20)
      .describe(
        'How the call can end. Tried in order; the last one, with no "when", catches every other case.',
      ),
    debrief: z
      .object({
        whatHappened: text(3000).describe(
          'What really happened, told to the student after the call.',
        ),
        questions: z.array(text(400)).min(1).max(15).describe('Questions for a class discussion.'),
      })
      .strict()
      .describe('What the student reads after the call.'),
    lessons: z
      .array(lessonSchema)
      .max(12)
      .default([])
      .describe(
        'What the scenario teaches, as claims the checker tests by playing reference players against the computer: "as this side, BETTER scores at least BY points more than WORSE".',
      ),
  })
  .strict();

// A translation mirrors the file's texts: items with ids (sides, issues,
// options, meters, evidence, endings, dialogue by side) are keyed by the same
// ids; lists without ids (sources, goals, lines, questions) go in the same
// order. Each field is the original's own schema, so a translated text obeys
// the same limits. Everything is optional: a missing text falls back to the
// original (and the checker warns). Ids, numbers, URLs and conditions are never
// translated.
const only = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) => schema.partial().strict();
const translatedList = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max).optional().describe(`${what}, in the same order as in the original.`);

const translatedLineSchema = z.union([
  lineSchema.options[0],
  only(lineSchema.options[1].pick({ text: true, source: true })),
]);

const translatedSituationSchema = z
  .record(idSchema, translatedList(translatedLineSchema, 50, 'The lines'))
  .describe('Lines for this situation, by side id, in the same order as in the original.');

const untranslated = untranslatedSchema.shape;

export const translationSchema = z
  .object({
    title: untranslated.title,
    summary: untranslated.summary,
    tagline: untranslated.tagline.unwrap().describe("The line under the game's name."),
    followUpTalks: untranslated.followUpTalks
      .unwrap()
      .describe('The follow-up talks issues can be deferred to.'),
    sources: translatedList(
      only(sourceSchema.pick({ title: true, publisher: true })),
      30,
      "The sources' titles and publishers",
    ),
    sides: z
      .record(
        idSchema,
        only(
          sideSchema
            .pick({
              country: true,
              leader: true,
              title: true,
              role: true,
              brief: true,
              knownWants: true,
              walkAwayText: true,
            })
            .extend({
              goals: translatedList(sideSchema.shape.goals.unwrap().element, 8, 'The goals'),
            }),
        ),
      )
      .describe("The sides' texts, by side id."),
    meters: z
      .record(idSchema, only(meterSchema.pick({ name: true, description: true })))
      .describe("The meters' names and descriptions, by meter id."),
    issues: z
      .record(
        idSchema,
        only(
          issueSchema.pick({ name: true, question: true, says: true }).extend({
            options: z
              .record(idSchema, only(optionSchema.pick({ label: true, text: true, says: true })))
              .describe("The options' labels and texts, by option id."),
          }),
        ),
      )
      .describe("The issues' texts, by issue id."),
    evidence: z
      .record(
        idSchema,
        only(evidenceSchema.pick({ label: true, line: true, says: true, source: true })),
      )
      .describe("The evidence's labels, lines and sources, by evidence id."),
    dialogue: z
      .object(
        Object.fromEntries(
          SITUATIONS.map((s) => [s, translatedSituationSchema.optional()]),
        ) as Record<Situation, z.ZodOptional<typeof translatedSituationSchema>>,
      )
      .strict()
      .describe(
        'The lines, by situation and side id, in the same order as in the original. A line is text, or a block with "text" (and "source").',
      ),
    events: z
      .record(idSchema, only(callEventSchema.pick({ speaker: true, line: true })))
      .describe("The events' speakers and lines, by event id."),
    endings: z
      .record(idSchema, only(endingSchema.pick({ title: true, summary: true })))
      .describe("The endings' titles and summaries, by ending id."),
    lessons: translatedList(only(lessonSchema.pick({ why: true })), 12, "The lessons' words"),
    debrief: only(
      untranslated.debrief.pick({ whatHappened: true }).extend({
        questions: translatedList(
          untranslated.debrief.shape.questions.element,
          15,
          'The questions',
        ),
      }),
    ).describe("The debrief's story and questions."),
  })
  .partial()
  .strict();

export const scenarioSchema = untranslatedSchema.extend({
  translations: z
    .record(languageSchema, translationSchema)
    .optional()
    .describe(
      'The texts of this file in other languages, by language code: { es: { title: …, issues: { tariffs: { name: … } } } }. The same ids as above; anything left out is shown in the language of the file.',
    ),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Translation = z.output<typeof translationSchema>;
export type Side = Scenario['sides'][number];
export type Issue = Scenario['issues'][number];
export type Option = Issue['options'][number];
export type Meter = Scenario['meters'][number];
export type Ending = Scenario['endings'][number];
export type EndingTone = (typeof ENDING_TONES)[number];
export type Claims = z.output<typeof claimsSchema>;
export type Evidence = Scenario['evidence'][number];
export type CallEventSpec = Scenario['events'][number];
export type Lesson = Scenario['lessons'][number];
export type Line = z.output<typeof lineSchema>;
export type Says = z.output<typeof saysSchema>;
export type Pronoun = (typeof PRONOUNS)[number];
export type Effects = z.output<typeof effectsSchema>;
export type Style = (typeof STYLES)[number];
export type Tone = (typeof TONES)[number];
export type CallEnd = (typeof CALL_ENDS)[number];
export type CountedMove = (typeof COUNTED_MOVES)[number];
