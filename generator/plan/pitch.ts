/**
 * Koch's two-pitch aid: dots and dashes start at different pitches and glide
 * lesson by lesson to one pitch, reached when the learner knows
 * `mergeAtCharacter` characters. The glide is even in log-frequency, so each
 * lesson moves the pitch by the same musical interval.
 */

/** The two pitches and where they meet, as in the course file. */
export interface ToneSettings {
  dotHz: number;
  dashHz: number;
  mergedHz: number;
  mergeAtCharacter: number;
}

/** Dot and dash pitch of a lesson. */
export interface LessonPitch {
  dotHz: number;
  dashHz: number;
}

/** The first lesson already knows two characters. */
const FIRST_LESSON_CHARACTERS = 2;

function glideHz(startHz: number, endHz: number, progress: number): number {
  const hz = Math.exp(Math.log(startHz) + progress * (Math.log(endHz) - Math.log(startHz)));
  return Math.round(hz);
}

/** Pitches for a lesson that teaches `characterCount` characters in all. */
export function pitchForCharacterCount(characterCount: number, tones: ToneSettings): LessonPitch {
  const span = tones.mergeAtCharacter - FIRST_LESSON_CHARACTERS;
  const progress =
    span <= 0 ? 1 : Math.min(1, Math.max(0, (characterCount - FIRST_LESSON_CHARACTERS) / span));
  return {
    dotHz: glideHz(tones.dotHz, tones.mergedHz, progress),
    dashHz: glideHz(tones.dashHz, tones.mergedHz, progress),
  };
}
