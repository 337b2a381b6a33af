/**
 * The `koch` command fed generated course files and flags, in-process
 * through `runKoch` (the entry point's whole logic, short of exiting), with
 * a sample in real child processes. Every bad input must end with status 1,
 * `koch:` lines naming the file or flag, no stack trace, and no output
 * folder created. Seeded; raise FUZZ_RUNS for a longer hunt.
 */
import { execFileSync } from "node:child_process";
import { existsSync, symlinkSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runKoch } from "../generator/cli/run-koch.ts";
import { loadCourse } from "../generator/course/load-course.ts";
import { UserError } from "../generator/errors.ts";
import { parseLessonSelection } from "../generator/lesson-selection.ts";
import { courseFile } from "./helpers/course-arbitraries.ts";
import { generateArgs, runKochChild } from "./helpers/koch-cli.ts";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 600);
const root = await mkdtemp(join(tmpdir(), "koch-cli-fuzz-"));
const lessonsDir = join(root, "out-lessons");
const audioDir = join(root, "out-audio");

/** Runs koch in-process; returns its status and what it told the user. */
async function koch(args: string[]) {
  let stderr = "";
  const status = await runKoch(args, (text) => (stderr += text));
  return { status, stderr };
}

const generateInto = (config: string) => generateArgs(config, { lessonsDir, audioDir });

/** What every refusal must look like. */
function expectRefusal(run: { status: number; stderr: string }, config: string) {
  expect(run.status).toBe(1);
  const lines = run.stderr.trimEnd().split("\n");
  for (const line of lines) {
    expect(line.startsWith(`koch: ${config}: `), line).toBe(true);
    expect(line.length).toBeLessThan(500);
    expect(line).not.toMatch(/^\s+at |\[object Object\]|undefined/);
  }
  expect(existsSync(lessonsDir) || existsSync(audioDir), "an output folder was created").toBe(
    false,
  );
}

/** Course file bytes: JSON values, broken JSON and bytes that are not text. */
const courseBytes = fc.oneof(
  { weight: 3, arbitrary: courseFile.map((value) => Buffer.from(JSON.stringify(value) ?? "null")) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(courseFile, fc.nat(), fc.uint8Array({ maxLength: 8 }))
      .map(([value, at, junk]) => {
        const text = Buffer.from(JSON.stringify(value) ?? "{}");
        const cut = at % (text.length + 1);
        return Buffer.concat([text.subarray(0, cut), Buffer.from(junk), text.subarray(cut)]);
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        "",
        " ",
        "\uFEFF",
        "{",
        "}",
        "[]",
        "null",
        '"text"',
        "{}{}",
        '{"title": "a",}',
        '{"speed": {"cpm": 1e999}}',
        '{"title": "a", "title": 5}',
        "// comment\n{}",
        '{"order": "koch1935"\u0000}',
        `{"x": ${"[".repeat(5000)}${"]".repeat(5000)}}`,
      )
      .map((text) => Buffer.from(text)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom([0xff, 0xfe], [0x7b, 0xc3, 0x7d], [0xef, 0xbb]).map(Buffer.from),
  },
);

let courseCases = 0;
let refused = 0;
const refusedFiles: string[] = [];

describe("koch with generated course files", () => {
  it(`refuses every bad one of ${RUNS} course files cleanly and creates no output folder`, async () => {
    await fc.assert(
      fc.asyncProperty(courseBytes, async (bytes) => {
        const config = join(root, `course-${courseCases++}.json`);
        await writeFile(config, bytes);
        const valid = await loadCourse(config).then(
          () => true,
          (error) => {
            expect(error).toBeInstanceOf(UserError);
            return false;
          },
        );
        if (valid) return;
        refused++;
        if (refusedFiles.length < 20) refusedFiles.push(config);
        expectRefusal(await koch(generateInto(config)), config);
      }),
      { seed: 1935, numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS / 3);
    process.stderr.write(`cli fuzz: ${courseCases} course files, ${refused} refused\n`);
  });

  it("says the same in a real process: status 1, the message, no stack trace", () => {
    for (const config of refusedFiles.slice(0, 6)) {
      const child = runKochChild(generateInto(config));
      expect(child.status).toBe(1);
      expect(child.stderr).toMatch(new RegExp(`^koch: ${config}: `));
      expect(child.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("refuses paths that are not a readable course file", async () => {
    const fifo = join(root, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    const loop = join(root, "loop.json");
    symlinkSync(loop, loop);
    const expected: [string, string][] = [
      [
        join(root, "missing.json"),
        "no such file; create it ({} is a valid course) or pass --config with its path",
      ],
      [root, "is a folder, not a file; pass the course file's path with --config"],
      [
        fifo,
        "is not a regular file (a pipe or a device); pass the course file's path with --config",
      ],
      [
        "/dev/zero",
        "is not a regular file (a pipe or a device); pass the course file's path with --config",
      ],
      [loop, "cannot be read (ELOOP)"],
    ];
    for (const [config, message] of expected) {
      const run = await koch(generateInto(config));
      expectRefusal(run, config);
      expect(run.stderr).toBe(`koch: ${config}: ${message}\n`);
    }
  });
});

describe("koch with generated flags", () => {
  it("reads any --lessons text as sorted lessons of the course, or refuses it in one sentence", () => {
    const lessonsText = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .array(
          fc.oneof(
            fc.integer({ min: -3, max: 45 }).map(String),
            fc.constantFrom("1-5", "5-3", "0-2", "1-999999999999", " 2 ", ""),
          ),
          { maxLength: 4 },
        )
        .map((parts) => parts.join(",")),
    );
    fc.assert(
      fc.property(lessonsText, (text) => {
        try {
          const lessons = parseLessonSelection(text, 40);
          expect(lessons.length).toBeGreaterThan(0);
          expect([...lessons].sort((a, b) => a - b)).toEqual([...new Set(lessons)]);
          expect(lessons.every((n) => Number.isInteger(n) && n >= 1 && n <= 40)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          expect((error as Error).message).toMatch(
            /^--lessons: ".*" (is not a number or a range|runs backwards|is outside the course); write lesson numbers and ranges from 1 to 40, such as 1-5,9$/s,
          );
        }
      }),
      { seed: 1935, numRuns: 2000 },
    );
  });

  it("refuses --jobs outside 1 to 32 before it reads the course", async () => {
    const config = join(root, "bad-course.json");
    await writeFile(config, '{"speed": {"cpm": 0}}');
    const jobs = fc.oneof(
      fc.integer({ min: -5, max: 100 }).map(String),
      fc.constantFrom("1.5", "abc", "", "1e3", "0x10"),
    );
    await fc.assert(
      fc.asyncProperty(jobs, async (value) => {
        const run = await koch([...generateInto(config), "--jobs", value]);
        expect(run.status).toBe(1);
        const number = Number(value);
        const good = Number.isInteger(number) && number >= 1 && number <= 32 && value !== "";
        if (good) expect(run.stderr).toMatch(/^koch: .*bad-course\.json: speed\.cpm/);
        else
          expect(run.stderr).toMatch(
            /^koch: --jobs must be a whole number from 1 to 32 \(worker threads\), got /,
          );
      }),
      { seed: 1935, numRuns: 150 },
    );
  });

  it("refuses unknown commands and flags with the usage", async () => {
    for (const args of [["make"], ["generate", "--jbos", "2"], ["render", "--text", "k"], []]) {
      const run = await koch(args);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^koch: .+\nkoch: \nkoch: koch /);
    }
    const empty = await koch(["plan", "--lessons"]);
    expect(empty.stderr).toBe(
      'koch: --lessons: "" is not a number or a range; write lesson numbers and ranges from 1 ' +
        "to 40, such as 1-5,9\n",
    );
  });
});
