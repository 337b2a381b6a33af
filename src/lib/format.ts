/** Numbers as a listener reads them: sizes, lengths, lists of characters. */

/** `1234567` → `1.2 MB` (decimal units, as download managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ["kB", "MB", "GB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** `295.2` → `4:55`, the clock form players show. */
export function formatClock(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

/** `295.2` → `4 min 55 s`, which a screen reader speaks well. */
export function formatSpokenDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const secs = whole % 60;
  if (minutes === 0) return `${secs} s`;
  return secs === 0 ? `${minutes} min` : `${minutes} min ${secs} s`;
}

/** `942.4` → `16 min`: a lesson's length in whole minutes, at least 1. */
export function formatMinutes(seconds: number): string {
  return `${Math.max(1, Math.round(seconds / 60))} min`;
}

/** `["L", "F"]` → `L F`: characters spaced so each is read on its own. */
export function formatCharacters(characters: readonly string[]): string {
  return characters.join(" ");
}

/** `1, "error"` → `1 error`, `3, "error"` → `3 errors`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** A lesson's speed as recorded: character speed and Farnsworth overall speed. */
export interface SpeedFigures {
  cpm: number;
  wpm: number;
  effectiveCpm: number;
  effectiveWpm: number;
}

/**
 * `60 characters a minute (about 12 words a minute)`, plus the overall
 * speed when Farnsworth spacing stretches the gaps.
 */
export function formatSpeed(speed: SpeedFigures): string {
  const sent =
    `${Math.round(speed.cpm)} characters a minute ` +
    `(about ${Math.round(speed.wpm)} words a minute)`;
  if (speed.effectiveCpm >= speed.cpm) return sent;
  return (
    `${sent}, with longer gaps between characters and words for an overall ` +
    `${Math.round(speed.effectiveCpm)} characters a minute`
  );
}
