/**
 * A generation edited, pruned or broken by hand, and a lesson interrupted
 * mid-way: the next run finds what changed, renders only that, and the
 * records never list a file that is missing or different.
 */
import { readdirSync } from "node:fs";
import { appendFile, mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCourse, type Course } from "../generator/course/course.ts";
import { silentLogger } from "../generator/log.ts";
import { planLesson } from "../generator/plan/lessons.ts";
import { buildLessonRecord } from "../generator/records/lesson-record.ts";
import { generateCourse } from "../generator/render/generate.ts";
import { updateLessonFiles } from "../generator/render/lesson-files.ts";
import { compareTrees } from "../scripts/compare-trees.ts";
import { recordProblems } from "./helpers/output-tree.ts";

const SETTINGS = {
  order: ["K", "M", "R"],
  drillsPerLesson: 2,
  drillMinutes: 0.25,
  newSoundMinutes: 0.25,
  mp3Encoder: "wasm-lame",
};
const course = parseCourse(SETTINGS, "test.json");
/** Where `output()` puts records and audio, below its root. */
const OUTPUT_FOLDERS = ["lessons", "public/audio"];

async function output() {
  const root = await mkdtemp(join(tmpdir(), "koch-lesson-files-"));
  const dirs = { root, lessonsDir: join(root, "lessons"), audioDir: join(root, "public", "audio") };
  const generate = (from: Course = course) =>
    generateCourse({ course: from, ...dirs, jobs: 2, log: silentLogger });
  return { ...dirs, generate };
}

describe("a generation changed by hand", () => {
  let cleanRoot: string;
  beforeAll(async () => {
    const clean = await output();
    await clean.generate();
    cleanRoot = clean.root;
  });

  /** Generates, lets `edit` change the output, generates again; returns what was rendered and what differs from a clean build. */
  async function afterEdit(edit: (out: Awaited<ReturnType<typeof output>>) => Promise<void>) {
    const out = await output();
    await out.generate();
    await edit(out);
    const run = await out.generate();
    const { differences } = await compareTrees(out.root, cleanRoot, OUTPUT_FOLDERS);
    return { rendered: run.audio.rendered, differences };
  }

  it("renders again only an audio file edited in place, size kept", async () => {
    const after = await afterEdit(async (out) => {
      const handle = await open(join(out.audioDir, "02", "drill-1.mp3"), "r+");
      await handle.write(Buffer.from([0x55]), 0, 1, 5000);
      await handle.close();
    });
    expect(after).toEqual({ rendered: 1, differences: [] });
  });

  it("renders again a truncated file", async () => {
    const after = await afterEdit((out) =>
      writeFile(join(out.audioDir, "01", "new-sound.wav"), "RIFF"),
    );
    expect(after).toEqual({ rendered: 1, differences: [] });
  });

  it("puts back a record edited by hand without rendering anything", async () => {
    const after = await afterEdit(async (out) => {
      const path = join(out.lessonsDir, "01.json");
      await writeFile(path, (await readFile(path, "utf8")).replace('"Drill 1"', '"Drill one"'));
    });
    expect(after).toEqual({ rendered: 0, differences: [] });
  });

  it("does not trust a digest edited into a record, and renders that track again", async () => {
    const after = await afterEdit(async (out) => {
      const path = join(out.lessonsDir, "02.json");
      const record = JSON.parse(await readFile(path, "utf8"));
      record.tracks[0].files.wav.sha256 = "0".repeat(64);
      await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
    });
    expect(after).toEqual({ rendered: 1, differences: [] });
  });

  it("writes back answer keys edited or deleted by hand", async () => {
    const after = await afterEdit(async (out) => {
      await rm(join(out.audioDir, "01", "drill-1.txt"));
      await appendFile(join(out.audioDir, "02", "new-sound.txt"), "my notes\n");
    });
    expect(after).toEqual({ rendered: 0, differences: [] });
  });

  it("sweeps the temporary files an interrupted run left", async () => {
    const after = await afterEdit(async (out) => {
      await writeFile(join(out.lessonsDir, ".koch-tmp-01.json.0badc0de"), "{");
      await writeFile(join(out.audioDir, "02", ".koch-tmp-drill-1.wav.0badc0de"), "RIFF");
    });
    expect(after).toEqual({ rendered: 0, differences: [] });
  });

  it("removes the files of drills, formats and lessons the course no longer has", async () => {
    const out = await output();
    await out.generate();
    const smaller = parseCourse(
      { ...SETTINGS, order: ["K", "M"], drillsPerLesson: 1, formats: ["mp3"] },
      "test.json",
    );
    await out.generate(smaller);
    expect(readdirSync(out.lessonsDir)).toEqual(["01.json"]);
    expect(readdirSync(out.audioDir)).toEqual(["01"]);
    expect(readdirSync(join(out.audioDir, "01")).sort()).toEqual([
      "drill-1.mp3",
      "drill-1.txt",
      "new-sound.mp3",
      "new-sound.txt",
    ]);
    expect(await recordProblems(out.lessonsDir, out.audioDir)).toEqual([]);
  });
});

describe("a lesson whose rendering fails", () => {
  it("has no record until its files are whole again, and no other record lists a changed file", async () => {
    const out = await output();
    await out.generate();
    const reseeded = parseCourse({ ...SETTINGS, seed: "another" }, "test.json");
    const record = buildLessonRecord(planLesson(reseeded, 2), reseeded);
    const failing = updateLessonFiles({
      course: reseeded,
      record,
      lessonsDir: out.lessonsDir,
      audioDir: out.audioDir,
      force: false,
      render: () => Promise.reject(new Error("the power went out")),
      onTrack: () => {},
    });
    await expect(failing).rejects.toThrow("the power went out");
    expect(readdirSync(out.lessonsDir)).toEqual(["01.json"]);
    expect(await recordProblems(out.lessonsDir, out.audioDir)).toEqual([]);
  });
});
