/**
 * From the course and a lesson record to the audio job of each track: the
 * lesson's pitches, the course's speed and sound settings, and the MP3 tags.
 */
import type { TrackTags } from "../audio/id3.ts";
import { id3Language } from "../audio/id3.ts";
import type { AudioFormat, TrackAudioJob } from "../audio/track-audio.ts";
import type { Course } from "../course/course.ts";
import type { LessonRecord, TrackRecord } from "../records/lesson-record.ts";
import { rowsOf } from "../text/answer-key.ts";

/** Podcast apps file the tracks under this genre. */
export const TRACK_GENRE = "Education";

/** The course settings every job shares. */
export function soundSettingsOf(course: Course) {
  const { settings, speed } = course;
  return {
    speed,
    riseMs: settings.riseMs,
    sampleRate: settings.sampleRate,
    mp3Kbps: settings.mp3Kbps,
    mp3Encoder: settings.mp3Encoder,
    formats: settings.formats as AudioFormat[],
  };
}

/** The audio job of one track of a lesson. */
export function trackJobOf(
  course: Course,
  lesson: LessonRecord,
  track: TrackRecord,
): TrackAudioJob {
  return {
    ...soundSettingsOf(course),
    text: track.text,
    dotHz: lesson.dotHz,
    dashHz: lesson.dashHz,
    tags: trackTagsOf(course, lesson, track),
  };
}

function trackTagsOf(course: Course, lesson: LessonRecord, track: TrackRecord): TrackTags {
  const { settings } = course;
  const { cpm, wpm } = lesson.speed;
  return {
    title: `Lesson ${lesson.lesson} · ${track.title}`,
    album: settings.title,
    artist: settings.author,
    trackNumber: lesson.tracks.indexOf(track) + 1,
    trackCount: lesson.tracks.length,
    year: lesson.published.slice(0, 4),
    genre: TRACK_GENRE,
    comment:
      `Koch method, lesson ${lesson.lesson}: ${lesson.characters.join(" ")} ` +
      `at ${cpm} cpm (${wpm} wpm)`,
    lyrics: answerKeyRows(track.text, lesson.groupsPerRow),
    language: id3Language(settings.language),
  };
}

/** The answer key in the sheet's rows, one row a line. */
function answerKeyRows(text: string, groupsPerRow: number): string {
  return rowsOf(text.split(" "), groupsPerRow)
    .map((row) => row.join(" "))
    .join("\n");
}
