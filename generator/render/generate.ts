/**
 * `koch generate`: plans the selected lessons, writes each track's answer
 * key and the lesson records. Records are written last, after every file
 * they point to, so a record never names a file that is not there.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Course } from "../course/course.ts";
import { planCourse, lessonCount } from "../plan/lessons.ts";
import { buildLessonRecord, lessonSlug, type LessonRecord } from "../records/lesson-record.ts";
import { formatAnswerKey } from "../text/answer-key.ts";
import type { Logger } from "../log.ts";
import { writeFileAtomic, writeFileIfChanged } from "./atomic-write.ts";

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
  log: Logger;
}

/** What a run did, for the closing summary. */
export interface GenerateSummary {
  lessons: number;
  tracks: number;
  filesWritten: number;
  filesUnchanged: number;
  elapsedMs: number;
}

/** Serialises a record the same way on every machine. */
export function serializeRecord(record: LessonRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Generates the course's records and answer keys. */
export async function generateCourse(options: GenerateOptions): Promise<GenerateSummary> {
  const startedAt = performance.now();
  const { course, lessonsDir, audioDir, log } = options;
  const plans = planCourse(course, options.lessons);
  let filesWritten = 0;
  let filesUnchanged = 0;
  let tracks = 0;
  const count = (wrote: boolean) => (wrote ? filesWritten++ : filesUnchanged++);

  for (const plan of plans) {
    const record = buildLessonRecord(plan, course);
    const slug = lessonSlug(plan.lesson);
    for (const track of record.tracks) {
      const key = formatAnswerKey({
        courseTitle: course.settings.title,
        lesson: record.lesson,
        trackTitle: track.title,
        errorAllowance: track.errorAllowance,
        characterCount: track.characterCount,
        groups: track.text.split(" "),
        groupSize: record.groupSize,
      });
      const path = `audio/${slug}/${track.id}.txt`;
      count(await writeKeyFile(join(audioDir, slug, `${track.id}.txt`), key, options.force));
      track.files.txt = { path, bytes: Buffer.byteLength(key) };
      tracks++;
    }
    const wrote = await writeKeyFile(
      join(lessonsDir, `${slug}.json`),
      serializeRecord(record),
      options.force,
    );
    count(wrote);
    log.detail(`lesson ${plan.lesson}: ${wrote ? "written" : "unchanged"}`);
  }
  if (options.lessons === undefined) await removeStaleRecords(lessonsDir, lessonCount(course), log);

  const summary = {
    lessons: plans.length,
    tracks,
    filesWritten,
    filesUnchanged,
    elapsedMs: performance.now() - startedAt,
  };
  log.info(
    `${summary.lessons} lessons, ${summary.tracks} tracks: ${filesWritten} files written, ` +
      `${filesUnchanged} unchanged in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
  );
  return summary;
}

async function writeKeyFile(path: string, data: string, force = false): Promise<boolean> {
  if (!force) return writeFileIfChanged(path, data);
  await writeFileAtomic(path, data);
  return true;
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
