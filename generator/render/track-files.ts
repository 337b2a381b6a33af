/**
 * Bringing one track's audio files up to date: reuse them when the previous
 * record shows the same render key and the files are there at the recorded
 * size, render them otherwise.
 */
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { AudioFormat } from "../audio/track-audio.ts";
import type { Course } from "../course/course.ts";
import type { LessonRecord, TrackRecord } from "../records/lesson-record.ts";
import { lessonSlug } from "../records/lesson-record.ts";
import { renderKeyOf } from "./render-key.ts";
import type { RenderResult, RenderTask } from "./render-track.ts";
import { trackJobOf } from "./track-jobs.ts";

const AUDIO_FORMATS: readonly AudioFormat[] = ["mp3", "wav"];

/** How a track's files were brought up to date. */
export type TrackOutcome = { rendered: false } | { rendered: true; result: RenderResult };

/** What updating a track needs from its caller. */
export interface TrackFilesOptions {
  course: Course;
  lesson: LessonRecord;
  track: TrackRecord;
  /** The same track in the record of the previous run, if any. */
  previous: TrackRecord | undefined;
  audioDir: string;
  force: boolean;
  render: (task: RenderTask) => Promise<RenderResult>;
}

/** Fills `track.files` and `track.renderKey`, rendering only when needed. */
export async function updateTrackFiles(options: TrackFilesOptions): Promise<TrackOutcome> {
  const { course, lesson, track, previous, audioDir } = options;
  const job = trackJobOf(course, lesson, track);
  const renderKey = renderKeyOf(job);
  const folder = lessonSlug(lesson.lesson);
  const pathOf = (format: AudioFormat) => join(audioDir, folder, `${track.id}.${format}`);
  track.renderKey = renderKey;
  await removeDroppedFormats(job.formats, previous, pathOf);

  if (!options.force && previous?.renderKey === renderKey) {
    const reused = await currentFiles(job.formats, previous, pathOf);
    if (reused) {
      Object.assign(track.files, reused);
      return { rendered: false };
    }
  }
  const paths = Object.fromEntries(job.formats.map((format) => [format, pathOf(format)]));
  const result = await options.render({ job, paths });
  for (const format of job.formats) {
    const bytes = result.bytes[format] ?? 0;
    const sha256 = result.sha256[format] ?? "";
    track.files[format] = { path: `audio/${folder}/${track.id}.${format}`, bytes, sha256 };
  }
  return { rendered: true, result };
}

/** The previous files' entries, if every one is on disk at its recorded size. */
async function currentFiles(
  formats: readonly AudioFormat[],
  previous: TrackRecord,
  pathOf: (format: AudioFormat) => string,
): Promise<TrackRecord["files"] | undefined> {
  const files: TrackRecord["files"] = {};
  for (const format of formats) {
    const entry = previous.files[format];
    if (entry === undefined) return undefined;
    const size = await stat(pathOf(format)).then((s) => s.size, () => -1);
    if (size !== entry.bytes) return undefined;
    files[format] = entry;
  }
  return files;
}

/** A format the course no longer renders leaves no orphan file behind. */
async function removeDroppedFormats(
  formats: readonly AudioFormat[],
  previous: TrackRecord | undefined,
  pathOf: (format: AudioFormat) => string,
): Promise<void> {
  for (const format of AUDIO_FORMATS) {
    if (!formats.includes(format) && previous?.files[format] !== undefined) {
      await rm(pathOf(format), { force: true });
    }
  }
}
