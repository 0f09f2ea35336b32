// The one way a call's clock is written (issue 14): whole minutes and two-digit seconds, "7:05".

/** The clock's parts, for a catalogue sentence that places them ({minutes}, {seconds}). */
export function clockParts(seconds: number): { minutes: number; seconds: string } {
  const whole = Math.floor(seconds);
  return { minutes: Math.floor(whole / 60), seconds: String(whole % 60).padStart(2, '0') };
}

/** "m:ss", as the transcript, the debrief and the class view show a moment of the call. */
export function clockText(seconds: number): string {
  const { minutes, seconds: ss } = clockParts(seconds);
  return `${minutes}:${ss}`;
}
