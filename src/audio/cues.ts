// Which sounds start and stop as the game changes, decided in one place: the
// audio plays these cues and the transcript captions them ("[The phone
// rings]"), so no sound a player could miss goes without words. Pure: no
// Howler, no DOM; the captions show whether the sound is on or off.
import type { StoreState } from '../store/game-store.ts';
import type { MessageKey } from '../messages/i18n.ts';
import type { SoundId } from './sound-ids.ts';

export interface SoundCue {
  sound: SoundId;
  action: 'play' | 'stop';
}

/** Above this tension (0–1) the tension bed is loud enough to be worth a caption of its own. */
const TENSE = 0.6;

/** The sounds to start and stop for the change from `prev` to `s` (no `prev`: what should be playing now). */
export function soundCues(s: StoreState, prev: StoreState | undefined): SoundCue[] {
  const cues: SoundCue[] = [];
  const play = (sound: SoundId) => cues.push({ sound, action: 'play' });
  const stop = (sound: SoundId) => cues.push({ sound, action: 'stop' });
  const phase = s.screen === 'call' ? s.call?.phase : undefined;
  const prevPhase = prev?.screen === 'call' ? prev.call?.phase : undefined;
  phaseCues(phase, prevPhase, play, stop);
  endCues(s, prev, play);
  return cues;
}

type Phase = NonNullable<StoreState['call']>['phase'] | undefined;

/** The ring, the pick-up and the tension bed follow the call's phase. */
function phaseCues(
  phase: Phase,
  prevPhase: Phase,
  play: (sound: SoundId) => void,
  stop: (sound: SoundId) => void,
): void {
  if (phase === 'ringing' && prevPhase !== 'ringing') play('ring');
  if (phase !== 'ringing' && prevPhase === 'ringing') {
    stop('ring');
    if (phase === 'opening') play('pickup');
  }
  if (phase === 'turns' && prevPhase !== 'turns') play('tension');
  if (phase !== 'turns' && prevPhase === 'turns') stop('tension');
}

/** A hang-up when the call is cut off, and the ending's sting. */
function endCues(
  s: StoreState,
  prev: StoreState | undefined,
  play: (sound: SoundId) => void,
): void {
  const closed = s.call?.result ?? null;
  if (
    closed &&
    prev !== undefined &&
    !prev.call?.result &&
    (closed.reason === 'hang-up' || closed.reason === 'threshold')
  )
    play('hangup');
  if (s.screen === 'ending' && prev?.screen !== 'ending' && s.ending)
    play(`sting-${s.ending.tone}`);
}

/** The volume of the tension bed: quiet at ease, louder as the meters near the limits. */
export function tensionVolume(tension: number): number {
  return 0.04 + 0.4 * tension ** 2;
}

/**
 * The caption of every sound the game plays by itself. The click of a button
 * has none: it only echoes the player's own press.
 */
export const CAPTIONS: Record<Exclude<SoundId, 'click'>, MessageKey> = {
  ring: 'caption.ring',
  pickup: 'caption.pickup',
  hangup: 'caption.hangup',
  tension: 'caption.tension',
  'sting-good': 'caption.sting-good',
  'sting-mixed': 'caption.sting-mixed',
  'sting-bad': 'caption.sting-bad',
};

export interface Caption {
  key: MessageKey;
  /** True for a sound that opens what follows (the ring, the pick-up): captioned before the lines said with it. */
  leads: boolean;
}

const LEADING = new Set<SoundId>(['ring', 'pickup']);

/**
 * The captions for the change from `prev` to `s`, in the order the sounds
 * start; without `prev`, of the sounds that should be sounding now.
 */
export function captionsFor(s: StoreState, prev: StoreState | undefined): Caption[] {
  const captions: Caption[] = [];
  for (const cue of soundCues(s, prev))
    if (cue.action === 'play' && cue.sound !== 'click')
      captions.push({ key: CAPTIONS[cue.sound], leads: LEADING.has(cue.sound) });
  const tension = tensionCaption(s, prev);
  if (tension) captions.push(tension);
  return captions;
}

/** The tension bed swells and eases with the meters: said when it crosses into or out of "tense". */
function tensionCaption(s: StoreState, prev: StoreState | undefined): Caption | undefined {
  const now = s.screen === 'call' && s.call?.phase === 'turns' ? s.call.tension : null;
  const before = prev?.screen === 'call' && prev.call?.phase === 'turns' ? prev.call.tension : null;
  if (now === null || before === null) return undefined;
  if (now >= TENSE && before < TENSE) return { key: 'caption.tensionRises', leads: false };
  if (now < TENSE && before >= TENSE) return { key: 'caption.tensionEases', leads: false };
  return undefined;
}
