import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCourse } from "../../generator/course/course.ts";
import { planCourse } from "../../generator/plan/lessons.ts";
import { buildLessonRecord, type LessonRecord } from "../../generator/records/lesson-record.ts";
import {
  checkListedFiles,
  compareWithCourse,
  summarizeProblems,
} from "../../src/lib/generation-status.ts";
import { readLessonRecords } from "../../src/lib/lesson-records.ts";

const course = parseCourse(
  { order: ["K", "M", "R"], drillsPerLesson: 1, drillMinutes: 0.25, formats: ["mp3"] },
  "test.json",
);

function records(): LessonRecord[] {
  return planCourse(course).map((plan) => {
    const record = buildLessonRecord(plan, course);
    record.tracks.forEach((track) => {
      track.files.mp3 = { path: `audio/0${record.lesson}/${track.id}.mp3`, bytes: 3, sha256: "" };
    });
    return record;
  });
}

describe("generation status", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "koch-status-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("finds nothing wrong with a generation that matches the course file", () => {
    expect(compareWithCourse(course, records())).toEqual([]);
  });

  it("says so when nothing has been generated", () => {
    expect(compareWithCourse(course, [])).toEqual([
      "The course has not been generated yet: there are no lesson records.",
    ]);
  });

  it("names lessons generated from an older course file, and missing lessons", () => {
    const stale = records();
    stale[1]!.tracks[0]!.text = "KKKKK";
    expect(compareWithCourse(course, stale)).toEqual([
      "Lesson 2 was generated from an older course file.",
    ]);
    expect(compareWithCourse(course, stale.slice(0, 1))).toEqual([
      "The course file has 2 lessons, the generated records 1.",
    ]);
  });

  it("says which audio format has not been rendered", () => {
    const silent = records();
    silent.forEach((record) => record.tracks.forEach((track) => delete track.files.mp3));
    expect(compareWithCourse(course, silent)).toEqual([
      "MP3 audio has not been generated for any lesson.",
    ]);
  });

  it("checks that listed files exist with the recorded size", async () => {
    await mkdir(join(dir, "audio/01"), { recursive: true });
    await writeFile(join(dir, "audio/01/new-sound.mp3"), "abc");
    await writeFile(join(dir, "audio/01/drill-1.mp3"), "abcd");
    const problems = await checkListedFiles(dir, records().slice(0, 1));
    expect(problems).toEqual([
      `${join(dir, "audio/01/drill-1.mp3")} has 4 bytes, its record says 3.`,
    ]);
    const missing = await checkListedFiles(dir, records().slice(1));
    expect(missing[0]).toMatch(/audio\/02\/new-sound\.mp3 is listed in lesson 2 but missing\.$/);
  });

  it("reads records in lesson order and names a broken one", async () => {
    const lessons = join(dir, "lessons");
    await mkdir(lessons, { recursive: true });
    const [one, two] = records();
    await writeFile(join(lessons, "02.json"), JSON.stringify(two));
    await writeFile(join(lessons, "01.json"), JSON.stringify(one));
    await writeFile(join(lessons, "03.json"), '{"lesson": "three"}');
    const read = await readLessonRecords(lessons);
    expect(read.records.map((r) => r.lesson)).toEqual([1, 2]);
    expect(read.problems).toEqual([
      `${join(lessons, "03.json")} cannot be read as a lesson record (✖ Invalid input: ` +
        "expected number, received string).",
    ]);
    expect((await readLessonRecords(join(dir, "none"))).records).toEqual([]);
  });

  it("shortens a long list of problems", () => {
    const many = Array.from({ length: 8 }, (_, i) => `problem ${i + 1}`);
    expect(summarizeProblems(many, 3)).toEqual([
      "problem 1",
      "problem 2",
      "problem 3",
      "… and 5 more (the build log lists them all).",
    ]);
    expect(summarizeProblems(many.slice(0, 2), 3)).toEqual(["problem 1", "problem 2"]);
  });
});
