/**
 * `koch generate`: plans the selected lessons, writes each track's answer
 * key, brings its audio up to date on the worker pool, and writes the
 * lesson records. A record is written only after every file it points to,
 * so a record never names a file that is not there.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { checkEncoderSettings } from "../audio/create-mp3-encoder.ts";
import type { Course } from "../course/course.ts";
import { planCourse, lessonCount } from "../plan/lessons.ts";
import { buildLessonRecord, lessonSlug, type LessonRecord } from "../records/lesson-record.ts";
import { formatAnswerKey } from "../text/answer-key.ts";
import type { Logger } from "../log.ts";
import { TEMP_PREFIX, writeFileAtomic, writeFileIfChanged } from "./atomic-write.ts";
import { silentProgress, type Progress } from "./progress.ts";
import type { RenderTask } from "./render-track.ts";
import { updateTrackFiles } from "./track-files.ts";
import { createWorkerPool, type WorkerPool } from "./worker-pool.ts";
import { formatRenderSummary, newRenderTally, tallyTrack, type RenderTally } from "./render-tally.ts";

/** Where and what to generate. */
export interface GenerateOptions {
  course: Course;
  /** Folder of the lesson records (`content/lessons`). */
  lessonsDir: string;
  /** Folder of the audio and keys (`public/audio`). */
  audioDir: string;
  /** Lessons to generate; all when absent. */
  lessons?: readonly number[] | undefined;
  /** Rewrite files even when they are current. */
  force?: boolean;
  /** Worker threads for audio; the number of cores when absent. */
  jobs?: number | undefined;
  log: Logger;
  progress?: Progress;
}

/** What a run did, for the closing summary. */
export interface GenerateSummary {
  lessons: number;
  tracks: number;
  filesWritten: number;
  filesUnchanged: number;
  elapsedMs: number;
  audio: RenderTally;
}

/** Serialises a record the same way on every machine. */
export function serializeRecord(record: LessonRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Generates the course's records, answer keys and audio. */
export async function generateCourse(options: GenerateOptions): Promise<GenerateSummary> {
  const startedAt = performance.now();
  const { course, lessonsDir, audioDir, log } = options;
  const progress = options.progress ?? silentProgress;
  if (course.settings.formats.includes("mp3")) {
    checkEncoderSettings(course.settings.mp3Encoder, course.settings.mp3Kbps);
  }
  const records = planCourse(course, options.lessons).map((plan) => buildLessonRecord(plan, course));
  const files = { written: 0, unchanged: 0 };
  const count = (wrote: boolean) => (wrote ? files.written++ : files.unchanged++);
  const tally = newRenderTally(records);
  const pool = lazyPool(options.jobs ?? availableParallelism());

  try {
    await Promise.all(
      records.map(async (record) => {
        const slug = lessonSlug(record.lesson);
        const previous = await readRecord(join(lessonsDir, `${slug}.json`));
        await sweepTemporaryFiles(join(audioDir, slug));
        await Promise.all(
          record.tracks.map(async (track) => {
            count(await writeAnswerKey(course, record, track, audioDir, options.force));
            const outcome = await updateTrackFiles({
              course,
              lesson: record,
              track,
              previous: previous?.tracks.find((t) => t.id === track.id),
              audioDir,
              force: options.force ?? false,
              render: pool.run,
            });
            tallyTrack(tally, track, outcome);
            progress.update(tally.progress);
          }),
        );
        const recordPath = join(lessonsDir, `${slug}.json`);
        const wrote = await writeText(recordPath, serializeRecord(record), options.force);
        count(wrote);
        log.detail(`lesson ${record.lesson}: ${wrote ? "written" : "unchanged"}`);
      }),
    );
  } finally {
    progress.finish();
    await pool.close();
  }
  if (options.lessons === undefined) await removeStaleRecords(lessonsDir, lessonCount(course), log);

  const elapsedMs = performance.now() - startedAt;
  const summary = {
    lessons: records.length,
    tracks: tally.progress.tracksTotal,
    filesWritten: files.written,
    filesUnchanged: files.unchanged,
    elapsedMs,
    audio: tally,
  };
  log.info(
    `${summary.lessons} lessons, ${summary.tracks} tracks: ${files.written} files written, ` +
      `${files.unchanged} unchanged in ${(elapsedMs / 1000).toFixed(1)} s`,
  );
  log.info(formatRenderSummary(tally, elapsedMs));
  return summary;
}

/** The pool starts on the first track that needs rendering, so a no-op run starts no thread. */
function lazyPool(size: number): Pick<WorkerPool, "run" | "close"> {
  let pool: WorkerPool | undefined;
  return {
    run: (task: RenderTask) => {
      pool ??= createWorkerPool(size);
      return pool.run(task);
    },
    close: async () => pool?.close(),
  };
}

async function writeAnswerKey(
  course: Course,
  record: LessonRecord,
  track: LessonRecord["tracks"][number],
  audioDir: string,
  force = false,
): Promise<boolean> {
  const slug = lessonSlug(record.lesson);
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
    path: `audio/${slug}/${track.id}.txt`,
    bytes: Buffer.byteLength(key),
    sha256: createHash("sha256").update(key).digest("hex"),
  };
  return writeText(join(audioDir, slug, `${track.id}.txt`), key, force);
}

async function writeText(path: string, data: string, force = false): Promise<boolean> {
  if (!force) return writeFileIfChanged(path, data);
  await writeFileAtomic(path, data);
  return true;
}

/** The record a previous run wrote, if it is there and readable. */
async function readRecord(path: string): Promise<LessonRecord | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as LessonRecord;
  } catch {
    return undefined;
  }
}

/** Temporary files an interrupted run left behind. */
async function sweepTemporaryFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(TEMP_PREFIX)) await rm(join(folder, name), { force: true });
  }
}

/** Records of lessons the course no longer has (its order got shorter). */
async function removeStaleRecords(lessonsDir: string, lessons: number, log: Logger) {
  const names = await readdir(lessonsDir).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^(\d+)\.json$/.exec(name);
    if (match && Number(match[1]) > lessons) {
      await rm(join(lessonsDir, name), { force: true });
      log.info(`removed ${name}: the course has ${lessons} lessons now`);
    }
  }
}
