/**
 * One track's audio files: keep them when the previous record shows the
 * same render key and each file is the one it lists, render them otherwise.
 *
 * "The one it lists" means the recorded size and SHA-256. Hashing every
 * file on every run would cost seconds a run, so the digest is checked only
 * when the record cannot vouch for the file: when the record's checksum
 * fails (it was edited by hand), when its entry for the track is not what
 * this run would write (an older version wrote it), or when the file is
 * newer than the record, which is always written after its files.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { AudioFormat, TrackAudioJob } from "../audio/track-audio.ts";
import type { Course } from "../course/course.ts";
import type { FileEntry, LessonRecord, TrackRecord } from "../records/lesson-record.ts";
import { lessonSlug } from "../records/lesson-record.ts";
import { fileSha256 } from "./file-digest.ts";
import { renderKeyOf } from "./render-key.ts";
import type { RenderResult, RenderTask } from "./render-track.ts";
import { trackJobOf } from "./track-jobs.ts";

/** How a track's files were brought up to date. */
export type TrackOutcome = { rendered: false } | { rendered: true; result: RenderResult };

/** What the previous run left for a track. */
export interface PreviousTrack {
  track: TrackRecord;
  /** When the record holding it was written. */
  recordMtimeMs: number;
  /** Whether that record's checksum shows it is as the generator wrote it. */
  sealed: boolean;
}

/** A track's audio job and whether its files on disk can be kept. */
export interface TrackAudioCheck {
  job: TrackAudioJob;
  renderKey: string;
  /** The entries to keep, or undefined when the track must be rendered. */
  kept: Partial<Record<AudioFormat, FileEntry>> | undefined;
}

/** Where a track's audio file lives on disk. */
export function trackAudioPath(
  audioDir: string,
  lesson: number,
  trackId: string,
  format: AudioFormat,
) {
  return join(audioDir, lessonSlug(lesson), `${trackId}.${format}`);
}

/** Works out the job of `track` (whose answer key entry is filled) and what can be kept. */
export async function checkTrackAudio(
  course: Course,
  lesson: LessonRecord,
  track: TrackRecord,
  previous: PreviousTrack | undefined,
  audioDir: string,
): Promise<TrackAudioCheck> {
  const job = trackJobOf(course, lesson, track);
  const renderKey = renderKeyOf(job);
  if (previous === undefined || previous.track.renderKey !== renderKey) {
    return { job, renderKey, kept: undefined };
  }
  const entries = previous.track.files;

  const kept: Partial<Record<AudioFormat, FileEntry>> = {};
  let newestMtimeMs = 0;
  for (const format of job.formats) {
    const entry = entries?.[format];
    const path = trackAudioPath(audioDir, lesson.lesson, track.id, format);
    const found = await stat(path).catch(() => undefined);
    if (entry === undefined || found?.size !== entry.bytes)
      return { job, renderKey, kept: undefined };
    kept[format] = entry;
    newestMtimeMs = Math.max(newestMtimeMs, found.mtimeMs);
  }
  const candidate = { ...track, files: { ...track.files, ...kept }, renderKey };
  const vouched =
    previous.sealed &&
    JSON.stringify(candidate) === JSON.stringify(previous.track) &&
    newestMtimeMs <= previous.recordMtimeMs;
  if (!vouched && !(await digestsMatch(kept, lesson.lesson, track.id, audioDir))) {
    return { job, renderKey, kept: undefined };
  }
  return { job, renderKey, kept };
}

async function digestsMatch(
  entries: Partial<Record<AudioFormat, FileEntry>>,
  lesson: number,
  trackId: string,
  audioDir: string,
): Promise<boolean> {
  for (const [format, entry] of Object.entries(entries) as [AudioFormat, FileEntry][]) {
    const digest = await fileSha256(trackAudioPath(audioDir, lesson, trackId, format));
    if (digest !== entry.sha256) return false;
  }
  return true;
}

/** Keeps or renders a checked track and fills its record's audio entries. */
export async function updateTrackAudio(
  check: TrackAudioCheck,
  lesson: number,
  track: TrackRecord,
  audioDir: string,
  render: (task: RenderTask) => Promise<RenderResult>,
): Promise<TrackOutcome> {
  track.renderKey = check.renderKey;
  if (check.kept !== undefined) {
    Object.assign(track.files, check.kept);
    return { rendered: false };
  }
  const paths = Object.fromEntries(
    check.job.formats.map((format) => [format, trackAudioPath(audioDir, lesson, track.id, format)]),
  );
  const result = await render({ job: check.job, paths });
  for (const format of check.job.formats) {
    track.files[format] = {
      path: `audio/${lessonSlug(lesson)}/${track.id}.${format}`,
      bytes: result.bytes[format] ?? 0,
      sha256: result.sha256[format] ?? "",
    };
  }
  return { rendered: true, result };
}
