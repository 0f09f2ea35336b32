// The starter scenario a teacher edits in place (`npm run scenario -- new FILE`,
// and the editor's "new scenario"): complete, valid, and commented line by
// line for someone who has never seen YAML. A test checks it passes `check`.
export const STARTER_SCENARIO = `# yaml-language-server: $schema=./scenario.schema.json
#
# A starter scenario for Standoff. Change the words and numbers, keep the shape.
# Lines starting with # are notes for you: the game ignores them.
# Indent with spaces (two per level), never with tabs.
# Check your file at any time with:  npm run scenario -- check YOUR-FILE.yaml

format: 1                      # always 1
id: river-dispute              # a short name: lower-case letters, digits and dashes
title: The river dispute
date: 2030-05-01               # the date of the events, YYYY-MM-DD
language: en
summary: >-
  Two neighbouring countries share one river. Highland wants to build a dam;
  Lowland fears its farms will run dry. The two leaders talk by phone.

# Where your facts come from (at least one).
sources:
  - title: A made-up example for teachers
    publisher: Standoff

# Exactly two sides. Each has an id you use below (here: highland and lowland).
sides:
  - id: highland
    country: Highland
    leader: President Ana Ríos
    pronoun: she
    title: President of Highland
    flag: ['#1f6f3f', '#ffffff']
    role: Highland is upstream and wants to build a dam for electricity.
    brief: >-
      Only you see this. The dam would power half your country. You can share some
      water, but you need the dam built this year.
    goals: [Build the dam this year, Keep control of the river]
    walkAway: 50               # 0-100: a deal worth less than this is worse than no deal
    style: linear              # boulware (holds out), linear, or conceder (gives ground early)
    redLines:                  # options this side never accepts
      - { issue: dam, option: no-dam, public: true }
  - id: lowland
    country: Lowland
    leader: President Bo Lund
    pronoun: he
    title: President of Lowland
    flag: ['#2b59c3', '#f2c14e']
    role: Lowland is downstream; its farmers need the river's water.
    brief: >-
      Only you see this. Your farmers vote. You need enough water every summer,
      and a way to check that Highland keeps its word.
    goals: [Enough water for the farms, Inspections of the dam]
    walkAway: 50
    style: boulware

firstSpeaker: highland         # the side that speaks first after hello
callMinutes: 10                # how long the call lasts
followUpTalks: the river commission next month

# Meters go from 0 to 100 and are always on screen.
meters:
  - id: tension
    name: Tension
    description: How close the two countries are to a crisis. At 100 the call breaks down.
    start: 45
    perMinute: 3               # rises by itself as the clock runs
    endsAt:
      - { atLeast: 100, ending: crisis }
  - id: trust
    name: Trust
    description: How much the two leaders trust each other.
    start: 50

# The issues on the table, each with its options in order.
# values: how much each side wants the option (0-100).
# weights: how much each side cares about the issue.
issues:
  - id: water
    name: Water for Lowland
    says: { noun: the water for Lowland }
    weights: { highland: 1, lowland: 2 }
    options:
      - id: little
        label: A little water
        # says: how the leaders say it in a sentence (noun: mid-sentence, clause: in a package)
        says: { noun: a little water for Lowland, clause: Lowland gets a little water }
        values: { highland: 90, lowland: 10 }
        effects: { tension: 10 }     # meters change when this is agreed
      - id: fair-share
        label: A fair share
        says: { noun: a fair share of the water, clause: the water is shared fairly }
        values: { highland: 60, lowland: 60 }
        effects: { trust: 10 }
      - id: most
        label: Most of the water
        says: { noun: most of the water for Lowland, clause: Lowland gets most of the water }
        values: { highland: 10, lowland: 95 }
  - id: dam
    name: The dam
    says: { noun: the dam }
    weights: { highland: 2, lowland: 1 }
    options:
      - id: no-dam
        label: No dam
        says: { noun: no dam, clause: no dam is built }
        values: { highland: 0, lowland: 90 }
      - id: dam-inspected
        label: Dam with inspections
        says: { noun: a dam with inspections, clause: the dam is built with inspections }
        values: { highland: 70, lowland: 60 }
        effects: { trust: 5 }
      - id: dam-now
        label: Dam now, no inspections
        says: { noun: a dam now with no inspections, clause: the dam is built now with no inspections }
        values: { highland: 100, lowland: 10 }
        effects: { tension: 15, trust: -10 }

# How long each kind of move takes (seconds) and how it moves the meters.
moves:
  propose: { seconds: 40 }
  accept: { seconds: 15, effects: { tension: -5, trust: 5 } }
  reject: { seconds: 20, effects: { tension: 6 } }
  respectful: { seconds: 25, effects: { tension: -4, trust: 4 } }
  firm: { seconds: 25, effects: { tension: 3 } }
  threatening: { seconds: 25, effects: { tension: 12, trust: -8 } }
  evidence: { seconds: 30 }
  redLine: { seconds: 20, effects: { tension: 4 } }
  defer: { seconds: 20 }

# Facts a leader can put on the table, once each.
evidence:
  - id: rainfall
    side: lowland
    label: Rainfall data
    line: Our rainfall has fallen for five summers. Without the river, our farms die.
    effects: { trust: 5 }

# What the leaders say. One line is picked at random for each situation.
# {deal}, {option}, {issue}, {evidence}, {otherLeader}, {talks} are filled in by the game.
dialogue:
  greeting:
    highland: ['Hello, {otherLeader}. Thank you for taking my call.']
    lowland: ['Good morning, {otherLeader}.']
  propose:
    highland: ['Here is my offer: {deal}.']
    lowland: ['I propose: {deal}.']
  counter:
    highland: ['Then let me suggest: {deal}.']
    lowland: ['Not quite. How about: {deal}.']
  accept:
    highland: ['Agreed.']
    lowland: ['We accept.']
  reject:
    highland: ['No, we cannot do that.']
    lowland: ['That does not work for Lowland.']
  respectful:
    highland: ['We are neighbours. We can find a way.']
    lowland: ['I respect your need for power.']
  firm:
    highland: ['The dam will be built.']
    lowland: ['Our farmers come first.']
  threatening:
    highland: ['We can build without your blessing.']
    lowland: ['We will take this to the international court.']
  answerThreat:
    highland: ['Threats will not help us.']
    lowland: ['Let us keep calm.']
  acknowledgeEvidence:
    highland: ['I understand: {evidence}.']
    lowland: ['Noted.']
  redLine:
    highland: ['{option}? Never.']
    lowland: ['We will never accept {option}.']
  defer:
    highland: ['Let us leave {issue} to {talks}.']
    lowland: ['{issue} can wait for {talks}.']
  closing:
    highland: ['Thank you. Goodbye.']
    lowland: ['Goodbye.']
  hangUp:
    highland: ['This call is over.']
    lowland: ['I am hanging up.']

# Endings are tried in order: the first whose "when" is true is the ending.
# The last one has no "when": it is what happens otherwise.
# "claims" say what the summary says is true of every game that reaches the ending:
# the checker warns when a game can reach it and contradict them.
# "tone" is good, mixed or bad, for both sides or for each: { highland: good, lowland: bad }.
# "score" is what the ending costs (or gives) each side, on top of its deal (0-100).
endings:
  - id: crisis
    title: Crisis on the river
    tone: bad
    when: { ended: threshold }
    claims: { ended: threshold }
    score: { highland: -20, lowland: -20 }
    summary: The tension boiled over. Troops gather on both banks of the river.
  - id: river-treaty
    title: A river treaty
    tone: good
    when: { agreed: { atLeast: 2 } }
    claims: { settled: all }
    summary: The dam and the water were both settled. Farmers and engineers get to work.
  - id: no-treaty
    title: No treaty
    claims: { agreed: { atMost: 1 } }
    summary: >-
      The call ended without a full treaty. What was not settled goes back to the river
      commission.

# After the call.
debrief:
  whatHappened: >-
    This scenario is made up, as an example. Replace this with what really happened.
  questions:
    - What did each side need most, and what could it give up?
    - Was there a deal better for both than the one you made?
`;
