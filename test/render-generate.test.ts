import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCourse, type Course } from "../generator/course/course.ts";
import { silentLogger } from "../generator/log.ts";
import type { LessonRecord } from "../generator/records/lesson-record.ts";
import { generateCourse } from "../generator/render/generate.ts";
import { decodeMp3, mp3valProblems, readWav } from "./helpers/audio-read.ts";
import { decodeMorse } from "./helpers/morse-decoder.ts";
import { zeroCrossingHz } from "./helpers/spectrum.ts";

/** Three lessons of short tracks; the pitches merge at the third character. */
const SETTINGS = {
  order: ["K", "M", "R", "S"],
  drillsPerLesson: 1,
  drillMinutes: 0.25,
  newSoundMinutes: 0.25,
  tones: { dotHz: 900, dashHz: 500, mergedHz: 700, mergeAtCharacter: 3 },
  mp3Encoder: "wasm-lame",
};

const root = mkdtempSync(join(tmpdir(), "koch-generate-"));
const lessonsDir = join(root, "lessons");
const audioDir = join(root, "audio");
const course: Course = parseCourse(SETTINGS, "test.json");
const generate = (options: { force?: boolean; courseOverride?: Course } = {}) =>
  generateCourse({
    course: options.courseOverride ?? course,
    lessonsDir,
    audioDir,
    jobs: 2,
    force: options.force ?? false,
    log: silentLogger,
  });
const record = (lesson: number): LessonRecord =>
  JSON.parse(readFileSync(join(lessonsDir, `0${lesson}.json`), "utf8")) as LessonRecord;
const bytesOf = (path: string) => readFileSync(join(audioDir, path.replace(/^audio\//, "")));

describe("koch generate with audio", () => {
  let first: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    first = await generate();
  });

  it("renders every track to MP3 and WAV and records paths and sizes", () => {
    expect(first.audio.rendered).toBe(6);
    for (const lesson of [1, 2, 3]) {
      for (const track of record(lesson).tracks) {
        for (const format of ["mp3", "wav"] as const) {
          const entry = track.files[format];
          expect(entry?.path).toBe(`audio/0${lesson}/${track.id}.${format}`);
          expect(statSync(join(audioDir, `0${lesson}`, `${track.id}.${format}`)).size).toBe(
            entry?.bytes,
          );
        }
        expect(track.renderKey).toMatch(/^[0-9a-f]{16}$/);
      }
    }
  });

  it("makes each WAV last the record's duration to the sample and read back as its key", () => {
    for (const track of record(2).tracks) {
      const wav = readWav(bytesOf(track.files.wav?.path ?? ""));
      expect(Math.round((wav.samples.length / 22050) * 1000) / 1000).toBe(track.durationSeconds);
      expect(decodeMorse(wav.samples, 22050).text).toBe(track.text);
    }
  });

  it("sends lesson 1 at two pitches and a lesson past the merge at one", () => {
    const pitches = (lesson: number) => {
      const track = record(lesson).tracks[1];
      const wav = readWav(bytesOf(track?.files.wav?.path ?? ""));
      const { elements } = decodeMorse(wav.samples, 22050);
      return new Set(
        elements.map((e) => {
          const body = wav.samples.subarray(e.startSample, e.startSample + e.lengthSamples);
          return Math.round(zeroCrossingHz(body, 22050) / 50) * 50;
        }),
      );
    };
    expect(pitches(1)).toEqual(new Set([900, 500]));
    expect(pitches(3)).toEqual(new Set([700]));
  });

  it("writes MP3s that decode cleanly and read back as their keys", () => {
    const track = record(3).tracks[1];
    const path = join(audioDir, "03", `${track?.id}.mp3`);
    expect(mp3valProblems(path)).toEqual([]);
    expect(decodeMorse(decodeMp3(path, 22050).samples, 22050).text).toBe(track?.text);
  });

  it("skips every unchanged track on a second run and touches no audio file", async () => {
    const path = join(audioDir, "01", "drill-1.mp3");
    const before = statSync(path).mtimeMs;
    const again = await generate();
    expect([again.audio.rendered, again.audio.skipped]).toEqual([0, 6]);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it("renders byte-identical files again with force", async () => {
    const before = readFileSync(join(audioDir, "02", "drill-1.mp3"));
    const forced = await generate({ force: true });
    expect(forced.audio.rendered).toBe(6);
    expect(readFileSync(join(audioDir, "02", "drill-1.mp3")).equals(before)).toBe(true);
  });

  it("renders again only the track whose file went missing", async () => {
    rmSync(join(audioDir, "02", "new-sound.wav"));
    const run = await generate();
    expect([run.audio.rendered, run.audio.skipped]).toEqual([1, 5]);
  });

  it("renders every track again when a setting that touches the sound changes", async () => {
    const changed = parseCourse({ ...SETTINGS, riseMs: 4 }, "test.json");
    const run = await generate({ courseOverride: changed });
    expect(run.audio.rendered).toBe(6);
    const wavOnly = parseCourse({ ...SETTINGS, riseMs: 4, formats: ["wav"] }, "test.json");
    await generate({ courseOverride: wavOnly });
    expect(readdirSync(join(audioDir, "01")).some((name) => name.endsWith(".mp3"))).toBe(false);
  });
});

describe("koch generate's render key", () => {
  it("depends on the text and the sound settings, not on the lesson's other tracks", async () => {
    const { renderKeyOf } = await import("../generator/render/render-key.ts");
    const { trackJobOf } = await import("../generator/render/track-jobs.ts");
    const { buildLessonRecord } = await import("../generator/records/lesson-record.ts");
    const { planLesson } = await import("../generator/plan/lessons.ts");
    const lesson = buildLessonRecord(planLesson(course, 2), course);
    const [a, b] = lesson.tracks;
    if (!a || !b) throw new Error("missing tracks");
    const keyA = renderKeyOf(trackJobOf(course, lesson, a));
    expect(renderKeyOf(trackJobOf(course, lesson, a))).toBe(keyA);
    expect(renderKeyOf(trackJobOf(course, lesson, b))).not.toBe(keyA);
    const faster = parseCourse({ ...SETTINGS, speed: { cpm: 80 } }, "test.json");
    const fasterLesson = buildLessonRecord(planLesson(faster, 2), faster);
    const fasterTrack = fasterLesson.tracks[0];
    if (!fasterTrack) throw new Error("missing track");
    expect(renderKeyOf(trackJobOf(faster, fasterLesson, fasterTrack))).not.toBe(keyA);
  });
});
