/**
 * Reads the generated lesson records. They are the site's input from the
 * generator, so they are checked here, at the edge, against the record
 * contract; a broken or missing record becomes a sentence, not a crash.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod/v4";
import type { LessonRecord } from "../../generator/records/lesson-record.ts";

const fileEntrySchema = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
});

const trackSchema = z.object({
  id: z.string(),
  kind: z.enum(["new-sound", "drill"]),
  number: z.number().int(),
  title: z.string(),
  text: z.string(),
  groupCount: z.number().int(),
  characterCount: z.number().int(),
  errorAllowance: z.number().int(),
  durationSeconds: z.number(),
  files: z.object({
    txt: fileEntrySchema.optional(),
    mp3: fileEntrySchema.optional(),
    wav: fileEntrySchema.optional(),
  }),
});

/** The record contract of `generator/records/lesson-record.ts`, as a schema. */
export const lessonRecordSchema = z.object({
  lesson: z.number().int().positive(),
  characters: z.array(z.string()),
  newCharacters: z.array(z.string()),
  dotHz: z.number(),
  dashHz: z.number(),
  speed: z.object({
    cpm: z.number(),
    wpm: z.number(),
    effectiveCpm: z.number(),
    effectiveWpm: z.number(),
    dotMs: z.number(),
  }),
  groupSize: z.number().int().positive(),
  groupsPerRow: z.number().int().positive(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  durationSeconds: z.number(),
  tracks: z.array(trackSchema),
});

/** Records that could be read, and what was wrong with the rest. */
export interface ReadRecordsResult {
  records: LessonRecord[];
  problems: string[];
}

/** Reads every `NN.json` in the folder, in lesson order. */
export async function readLessonRecords(lessonsDir: string): Promise<ReadRecordsResult> {
  const names = await readdir(lessonsDir).catch(() => [] as string[]);
  const recordNames = names.filter((name) => /^\d+\.json$/.test(name)).sort();
  const records: LessonRecord[] = [];
  const problems: string[] = [];
  for (const name of recordNames) {
    const path = join(lessonsDir, name);
    try {
      const raw: unknown = JSON.parse(await readFile(path, "utf8"));
      records.push(lessonRecordSchema.parse(raw) as LessonRecord);
    } catch (error) {
      const detail = error instanceof z.ZodError ? z.prettifyError(error) : String(error);
      problems.push(`${path} cannot be read as a lesson record (${detail.split("\n")[0]}).`);
    }
  }
  records.sort((a, b) => a.lesson - b.lesson);
  return { records, problems };
}
