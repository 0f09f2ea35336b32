// The situations a scenario's dialogue has lines for and the placeholders its
// lines may use: lists of words with no Zod in them, so the localiser (on the
// title screen's path) reads them without loading the schema's library.
// schema.ts builds the dialogue's shape from them and re-exports them.

export const SITUATIONS = [
  'greeting',
  'propose',
  'counter',
  'accept',
  'reject',
  'respectful',
  'firm',
  'threatening',
  'answerThreat',
  'acknowledgeEvidence',
  'redLine',
  'defer',
  'closing',
  'hangUp',
  'repeat',
  'unmoved',
] as const;

export const PLACEHOLDERS = [
  'leader',
  'otherLeader',
  'country',
  'otherCountry',
  'issue',
  'option',
  'deal',
  'evidence',
  'minutesLeft',
  'talks',
] as const;
