/**
 * `koch generate`: plans the selected lessons and brings each one's answer
 * keys, audio and record up to date (`lesson-files.ts`), rendering audio on
 * a pool of worker threads. One generator at a time holds the output
 * folders; leftovers of an interrupted run are swept first.
 */
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { checkEncoderSettings } from "../audio/create-mp3-encoder.ts";
import type { Course } from "../course/course.ts";
import type { Logger } from "../log.ts";
import { lessonCount, planCourse } from "../plan/lessons.ts";
import { buildLessonRecord, lessonSlug } from "../records/lesson-record.ts";
import { removePath, TEMP_PREFIX } from "./atomic-write.ts";
import { updateLessonFiles } from "./lesson-files.ts";
import { lockOutputFolders } from "./output-lock.ts";
import { silentProgress, type Progress } from "./progress.ts";
import {
  formatRenderSummary,
  newRenderTally,
  tallyTrack,
  type RenderTally,
} from "./render-tally.ts";
import type { RenderTask } from "./render-track.ts";
import { createWorkerPool, type WorkerPool } from "./worker-pool.ts";

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

/** Generates the course's records, answer keys and audio. */
export async function generateCourse(options: GenerateOptions): Promise<GenerateSummary> {
  const startedAt = performance.now();
  const { course, lessonsDir, audioDir } = options;
  if (course.settings.formats.includes("mp3")) {
    checkEncoderSettings(course.settings.mp3Encoder, course.settings.mp3Kbps);
  }
  const lock = await lockOutputFolders([lessonsDir, audioDir]);
  try {
    return await generateLocked(options, startedAt);
  } finally {
    await lock.release();
  }
}

async function generateLocked(options: GenerateOptions, startedAt: number) {
  const { course, lessonsDir, audioDir, log } = options;
  const progress = options.progress ?? silentProgress;
  const records = planCourse(course, options.lessons).map((plan) =>
    buildLessonRecord(plan, course),
  );
  const tally = newRenderTally(records);
  const files = { written: 0, unchanged: 0 };
  const pool = lazyPool(
    Math.min(options.jobs ?? availableParallelism(), tally.progress.tracksTotal),
  );

  await sweepTemporaryFiles(lessonsDir);
  let failure: { error: unknown } | undefined;
  try {
    // Every lesson settles before the run ends, so nothing is still being
    // written once the lock is released; the first failure stops the queue.
    await Promise.allSettled(
      records.map(async (record) => {
        try {
          await sweepTemporaryFiles(join(audioDir, lessonSlug(record.lesson)));
          const counts = await updateLessonFiles({
            course,
            record,
            lessonsDir,
            audioDir,
            force: options.force ?? false,
            render: pool.run,
            onTrack: (track, outcome) => {
              tallyTrack(tally, track, outcome);
              progress.update(tally.progress);
            },
          });
          files.written += counts.written;
          files.unchanged += counts.unchanged;
          log.detail(`lesson ${record.lesson}: ${counts.written} files written`);
        } catch (error) {
          failure ??= { error };
          pool.abort(error);
        }
      }),
    );
  } finally {
    progress.finish();
    await pool.close();
  }
  if (failure !== undefined) throw failure.error;
  if (options.lessons === undefined) {
    await removeStaleLessons(lessonsDir, audioDir, lessonCount(course), log);
  }

  const elapsedMs = performance.now() - startedAt;
  log.info(
    `${records.length} lessons, ${tally.progress.tracksTotal} tracks: ${files.written} files ` +
      `written, ${files.unchanged} unchanged in ${(elapsedMs / 1000).toFixed(1)} s`,
  );
  log.info(formatRenderSummary(tally, elapsedMs));
  return {
    lessons: records.length,
    tracks: tally.progress.tracksTotal,
    filesWritten: files.written,
    filesUnchanged: files.unchanged,
    elapsedMs,
    audio: tally,
  };
}

/** The pool starts on the first track that needs rendering, so a no-op run starts no thread. */
function lazyPool(size: number): Pick<WorkerPool, "run" | "abort" | "close"> {
  let pool: WorkerPool | undefined;
  let aborted: { reason: unknown } | undefined;
  return {
    run: (task: RenderTask) => {
      if (aborted) return Promise.reject(aborted.reason);
      pool ??= createWorkerPool(Math.max(1, size));
      return pool.run(task);
    },
    abort: (reason) => {
      aborted ??= { reason };
      pool?.abort(reason);
    },
    close: async () => pool?.close(),
  };
}

/** Temporary files an interrupted run left behind. */
async function sweepTemporaryFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(TEMP_PREFIX)) await removePath(join(folder, name));
  }
}

/**
 * Records and audio folders of lessons the course no longer has (its order
 * got shorter); the record goes first, so none outlives its files.
 */
async function removeStaleLessons(
  lessonsDir: string,
  audioDir: string,
  lessons: number,
  log: Logger,
) {
  const stale = (name: string, pattern: RegExp) => {
    const match = pattern.exec(name);
    return match !== null && Number(match[1]) > lessons;
  };
  for (const name of await readdir(lessonsDir).catch(() => [] as string[])) {
    if (!stale(name, /^(\d+)\.json$/)) continue;
    await removePath(join(lessonsDir, name));
    log.info(`removed ${name}: the course has ${lessons} lessons now`);
  }
  for (const name of await readdir(audioDir).catch(() => [] as string[])) {
    if (stale(name, /^(\d{2,})$/)) await removePath(join(audioDir, name));
  }
}
