import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArgs as generateArgsFor, runKochChild } from "./helpers/koch-cli.ts";

/** A course small enough to generate in a second or two. */
const TINY_COURSE = {
  title: "Tiny",
  order: ["K", "M", "R"],
  drillsPerLesson: 2,
  drillMinutes: 0.25,
  newSoundMinutes: 0.25,
  formats: ["mp3"],
};

async function tempCourse(settings: unknown) {
  const folder = await mkdtemp(join(tmpdir(), "koch-cli-"));
  const config = join(folder, "course.json");
  await writeFile(config, JSON.stringify(settings));
  const lessonsDir = join(folder, "lessons");
  const audioDir = join(folder, "audio");
  const generateArgs = generateArgsFor(config, { lessonsDir, audioDir });
  return { folder, config, lessonsDir, audioDir, generateArgs };
}

describe("koch plan", () => {
  it("prints the default course's plan as a table", () => {
    const { status, stdout } = runKochChild(["plan"]);
    expect(status).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^Koch Morse Code Course: 40 lessons, 60 cpm \(12\.2 wpm\)/);
    expect(lines[2]).toMatch(/^lesson\s+new\s+dot Hz\s+dash Hz\s+tracks\s+minutes\s+characters$/);
    expect(lines[3]).toMatch(/^1\s+L F\s+900\s+500\s+4\s+1\d\.\d\s+L F$/);
    expect(lines.filter((line) => /^\d+\s/.test(line))).toHaveLength(40);
  });

  it("prints lesson records as JSON on stdout with --json", () => {
    const { status, stdout } = runKochChild(["plan", "--json", "--lessons", "2,4"]);
    expect(status).toBe(0);
    const records = JSON.parse(stdout);
    expect(records.map((r: { lesson: number }) => r.lesson)).toEqual([2, 4]);
    expect(records[1].newCharacters).toEqual(["R"]);
  });
});

describe("koch generate", () => {
  let course: Awaited<ReturnType<typeof tempCourse>>;
  beforeAll(async () => {
    course = await tempCourse(TINY_COURSE);
  });

  it("writes a record per lesson and an answer key per track", async () => {
    const { status, stderr } = runKochChild(course.generateArgs);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(status).toBe(0);
    expect((await readdir(course.lessonsDir)).sort()).toEqual(["01.json", "02.json"]);
    const record = JSON.parse(await readFile(join(course.lessonsDir, "02.json"), "utf8"));
    expect(record).toMatchObject({ lesson: 2, characters: ["K", "M", "R"], newCharacters: ["R"] });
    for (const track of record.tracks) {
      const key = await readFile(join(course.audioDir, "02", `${track.id}.txt`), "utf8");
      expect(key.replaceAll(/\s+/g, "")).toContain(track.text.replaceAll(" ", ""));
      expect(track.files.txt).toEqual({
        path: `audio/02/${track.id}.txt`,
        bytes: Buffer.byteLength(key),
        sha256: createHash("sha256").update(key).digest("hex"),
      });
    }
  });

  it("changes nothing when run again on the same course", async () => {
    const path = join(course.lessonsDir, "01.json");
    const before = await stat(path);
    const bytes = await readFile(path);
    expect(runKochChild(course.generateArgs).status).toBe(0);
    expect(await readFile(path)).toEqual(bytes);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it("rejects a bad course file with its message, no stack, and writes nothing", async () => {
    const bad = await tempCourse({ speed: { cpm: 0 }, grupSize: 3 });
    const { status, stderr } = runKochChild(bad.generateArgs);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `koch: ${bad.config}: speed.cpm must be between 5 and 300, got 0\n` +
        `koch: ${bad.config}: grupSize is not a field of the course file; check the spelling ` +
        `against content/course.schema.json\n`,
    );
    expect(existsSync(bad.lessonsDir)).toBe(false);
    expect(existsSync(bad.audioDir)).toBe(false);
  });

  it("rejects lessons the course does not have", async () => {
    const { status, stderr } = runKochChild([...course.generateArgs, "--lessons", "1-9"]);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'koch: --lessons: "1-9" is outside the course; write lesson numbers and ranges from 1 ' +
        "to 2, such as 1-5,9\n",
    );
  });

  it("prints a warning once for an order that starts with similar characters", async () => {
    const similar = await tempCourse({ ...TINY_COURSE, order: ["E", "I", "K"] });
    const { status, stderr } = runKochChild(similar.generateArgs);
    expect(status).toBe(0);
    expect(stderr.match(/sound alike/g)).toHaveLength(1);
  });
});

describe("koch --help", () => {
  it("lists every command", () => {
    const { status, stdout } = runKochChild(["--help"]);
    expect(status).toBe(0);
    for (const command of ["plan", "generate", "schema"])
      expect(stdout).toContain(`koch ${command}`);
  });

  it("lists generate's options", () => {
    const { stdout } = runKochChild(["generate", "--help"]);
    for (const flag of [
      "--config",
      "--lessons-dir",
      "--audio-dir",
      "--lessons",
      "--force",
      "--quiet",
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it("refuses an unknown command with a usage hint", () => {
    const { status, stderr } = runKochChild(["plna"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^koch: Unknown argument: plna/);
  });
});
