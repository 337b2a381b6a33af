/**
 * One lesson's files: answer keys, audio and the record, brought up to date
 * in an order that keeps the record honest. A record is trusted by the site
 * and by the next run, so it must never list a file that is missing or
 * different: before any file of a lesson changes, its old record is
 * removed, and the new one is written only after every file it lists.
 * A run killed in between leaves the lesson without a record, which the
 * site reports and the next run completes.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Course } from "../course/course.ts";
import { lessonSlug, type LessonRecord, type TrackRecord } from "../records/lesson-record.ts";
import { formatAnswerKey } from "../text/answer-key.ts";
import { removePath, writeFileAtomic } from "./atomic-write.ts";
import { sha256Of } from "./file-digest.ts";
import type { RenderResult, RenderTask } from "./render-track.ts";
import {
  checkTrackAudio,
  updateTrackAudio,
  type PreviousTrack,
  type TrackAudioCheck,
  type TrackOutcome,
} from "./track-files.ts";

/** What one lesson needs from the run. */
export interface LessonFilesOptions {
  course: Course;
  /** The lesson's new record, its file entries still empty. */
  record: LessonRecord;
  lessonsDir: string;
  audioDir: string;
  force: boolean;
  render: (task: RenderTask) => Promise<RenderResult>;
  /** Called as each track is kept or rendered. */
  onTrack: (track: TrackRecord, outcome: TrackOutcome) => void;
}

/** Files written and files found current. */
export interface FileCounts {
  written: number;
  unchanged: number;
}

/** A record a previous run wrote: its text, its content and when it was written. */
interface PreviousRecord {
  text: string;
  record: LessonRecord | undefined;
  mtimeMs: number;
  /** Whether its checksum matches, so it is as the generator wrote it. */
  sealed: boolean;
}

function checksumOf(record: LessonRecord): string {
  const { checksum: _, ...content } = record;
  return sha256Of(JSON.stringify(content, null, 2));
}

/** Serialises a record, checksum last, the same way on every machine. */
export function serializeRecord(record: LessonRecord): string {
  return `${JSON.stringify({ ...record, checksum: checksumOf(record) }, null, 2)}\n`;
}

/** Where a lesson's record lives. */
function recordPath(lessonsDir: string, lesson: number): string {
  return join(lessonsDir, `${lessonSlug(lesson)}.json`);
}

/** One track's answer key and audio as found on disk. */
interface TrackState {
  track: TrackRecord;
  key: string;
  keyPath: string;
  keyCurrent: boolean;
  audio: TrackAudioCheck;
}

/** Brings one lesson's keys, audio and record up to date. */
export async function updateLessonFiles(options: LessonFilesOptions): Promise<FileCounts> {
  const { course, record, lessonsDir, audioDir, force } = options;
  const path = recordPath(lessonsDir, record.lesson);
  const previous = await readPreviousRecord(path);
  // Forced, nothing of the previous run is kept, so nothing of it is checked.
  const states = await Promise.all(
    record.tracks.map((track) => trackState(options, track, force ? undefined : previous)),
  );
  const orphans = await orphanFiles(audioDir, record, course);
  const current = states.every((state) => state.keyCurrent && state.audio.kept !== undefined);

  if (!force && orphans.length === 0 && current) {
    await Promise.all(states.map((state) => updateTrack(options, state)));
    const text = serializeRecord(record);
    if (text === previous?.text) return { written: 0, unchanged: states.length + 1 };
    // Only the record differs (edited by hand, say); its files were checked.
    await writeFileAtomic(path, text);
    return { written: 1, unchanged: states.length };
  }

  if (previous !== undefined) await removePath(path);
  await Promise.all(orphans.map(removePath));
  let written = 0;
  await Promise.all(
    states.map(async (state) => {
      if (!force && state.keyCurrent) return;
      await writeFileAtomic(state.keyPath, state.key);
      written++;
    }),
  );
  await Promise.all(
    states.map(async (state) => {
      const outcome = await updateTrack(options, state);
      if (outcome.rendered) written += Object.keys(outcome.result.bytes).length;
    }),
  );
  await writeFileAtomic(path, serializeRecord(record));
  return { written: written + 1, unchanged: 0 };
}

async function trackState(
  options: LessonFilesOptions,
  track: TrackRecord,
  previous: PreviousRecord | undefined,
): Promise<TrackState> {
  const { course, record, audioDir } = options;
  const key = fillAnswerKeyEntry(course, record, track);
  const keyPath = answerKeyPath(audioDir, record.lesson, track);
  const keyCurrent = (await readFile(keyPath, "utf8").catch(() => undefined)) === key;
  const audio = await checkTrackAudio(
    course,
    record,
    track,
    previousTrack(previous, track.id),
    audioDir,
  );
  return { track, key, keyPath, keyCurrent, audio };
}

/** Keeps or renders a track's audio and reports it. */
async function updateTrack(options: LessonFilesOptions, state: TrackState): Promise<TrackOutcome> {
  const { record, audioDir, render } = options;
  const outcome = await updateTrackAudio(state.audio, record.lesson, state.track, audioDir, render);
  options.onTrack(state.track, outcome);
  return outcome;
}

function answerKeyPath(audioDir: string, lesson: number, track: TrackRecord): string {
  return join(audioDir, lessonSlug(lesson), `${track.id}.txt`);
}

/** The track's plain-text answer key; its entry goes into the record. */
function fillAnswerKeyEntry(course: Course, record: LessonRecord, track: TrackRecord): string {
  const key = formatAnswerKey({
    courseTitle: course.settings.title,
    lesson: record.lesson,
    trackTitle: track.title,
    errorAllowance: track.errorAllowance,
    characterCount: track.characterCount,
    groups: track.text.split(" "),
    groupSize: record.groupSize,
  });
  track.files.txt = {
    path: `audio/${lessonSlug(record.lesson)}/${track.id}.txt`,
    bytes: Buffer.byteLength(key),
    sha256: sha256Of(key),
  };
  return key;
}

async function readPreviousRecord(path: string): Promise<PreviousRecord | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  const found = text === undefined ? undefined : await stat(path).catch(() => undefined);
  if (text === undefined || found === undefined) return undefined;
  let record: LessonRecord | undefined;
  try {
    record = JSON.parse(text) as LessonRecord;
  } catch {
    record = undefined;
  }
  const sealed = record !== undefined && record.checksum === checksumOf(record);
  return { text, record, mtimeMs: found.mtimeMs, sealed };
}

function previousTrack(
  previous: PreviousRecord | undefined,
  id: string,
): PreviousTrack | undefined {
  const tracks = Array.isArray(previous?.record?.tracks) ? previous.record.tracks : [];
  const track = tracks.find((t) => t?.id === id);
  if (!track || !previous) return undefined;
  return { track, recordMtimeMs: previous.mtimeMs, sealed: previous.sealed };
}

/** Names of the files a track can have, so that no other file is touched. */
const TRACK_FILE_NAME = /^(new-sound|drill-\d+)\.(mp3|wav|txt)$/;

/**
 * Track files in the lesson's folder that the new record will not list: a
 * format the course no longer renders, or a drill it no longer has. They
 * go, so that nothing stale is published.
 */
async function orphanFiles(audioDir: string, record: LessonRecord, course: Course) {
  const folder = join(audioDir, lessonSlug(record.lesson));
  const extensions = ["txt", ...course.settings.formats];
  const expected = new Set(
    record.tracks.flatMap((track) => extensions.map((extension) => `${track.id}.${extension}`)),
  );
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => TRACK_FILE_NAME.test(name) && !expected.has(name))
    .map((name) => join(folder, name));
}
