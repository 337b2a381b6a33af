/**
 * `koch generate` under faults, each in a real child process: killed at
 * seeded random moments, started twice on one folder, run out of disk,
 * pointed at a read-only disk. Whatever happens, no record lists a missing
 * or different file, no file under its final name is anything but a file a
 * clean build writes, and the next run ends byte-identical to a clean build.
 * KILL_RUNS raises the number of kills for a longer hunt.
 */
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMP_PREFIX } from "../generator/render/atomic-write.ts";
import { LOCK_NAME } from "../generator/render/output-lock.ts";
import { createRandom } from "../generator/text/random.ts";
import { generateArgs, runKochChild, startKochChild } from "./helpers/koch-cli.ts";
import { compareTrees } from "../scripts/compare-trees.ts";
import { recordProblems, treeDigests } from "./helpers/output-tree.ts";
import { mountTinyDisk } from "./helpers/tiny-disk.ts";

const KILLS = Number(process.env["KILL_RUNS"] ?? 16);

/** Three lessons of three short tracks: a full run takes a couple of seconds. */
const COURSE_A = {
  title: "Faults A",
  order: ["K", "M", "R", "S"],
  drillsPerLesson: 2,
  drillMinutes: 0.25,
  newSoundMinutes: 0.25,
  seed: "faults-a",
};
/** The same lessons with other drill text, for runs killed while the course changes. */
const COURSE_B = { ...COURSE_A, title: "Faults B", seed: "faults-b" };

const root = await mkdtemp(join(tmpdir(), "koch-faults-"));
const configA = join(root, "a.json");
const configB = join(root, "b.json");

/** Output folders below `folder`, laid out as the site expects. */
function outputIn(folder: string) {
  const lessonsDir = join(folder, "lessons");
  const audioDir = join(folder, "public", "audio");
  const args = (config: string, ...more: string[]) =>
    generateArgs(config, { lessonsDir, audioDir }, ...more);
  return { folder, lessonsDir, audioDir, args };
}

/** What `folder` holds that a clean build of course A does not, or holds otherwise. */
async function differencesFromCleanA(folder: string) {
  const comparison = await compareTrees(folder, join(root, "ref-a"), ["lessons", "public/audio"]);
  return comparison.differences;
}

/** True for the files an interrupted run may leave: temporary files and the lock. */
const isLeftover = (path: string) =>
  path.split("/").some((part) => part.startsWith(TEMP_PREFIX) || part === LOCK_NAME);

let referenceA: Map<string, string>;
let referenceB: Map<string, string>;
/** How long a clean run holds the lock: the window in which kills land. */
let lockedMs = 0;

/** Waits until a run holds its output lock (or has ended); returns when. */
async function lockTaken(
  out: ReturnType<typeof outputIn>,
  child: ReturnType<typeof startKochChild>,
) {
  while (!existsSync(join(out.lessonsDir, LOCK_NAME)) && child.process.exitCode === null) {
    await sleep(5);
  }
  return performance.now();
}

beforeAll(async () => {
  await writeFile(configA, JSON.stringify(COURSE_A));
  await writeFile(configB, JSON.stringify(COURSE_B));
  const [a, b] = [outputIn(join(root, "ref-a")), outputIn(join(root, "ref-b"))];
  const child = startKochChild(a.args(configA));
  const lockedAt = await lockTaken(a, child);
  expect(await child.exited).toBe(0);
  lockedMs = performance.now() - lockedAt;
  expect(runKochChild(b.args(configB)).status).toBe(0);
  referenceA = await treeDigests(a.folder);
  referenceB = await treeDigests(b.folder);
});

describe("koch generate killed at random moments", () => {
  it(`keeps every record true and every file whole through ${KILLS} kills, then finishes byte-identical`, async () => {
    const out = outputIn(join(root, "killed"));
    const random = createRandom("koch-kill-loop");
    const moments = { beforeAnyRecord: 0, someRecords: 0, allRecords: 0, leftovers: 0 };

    for (let kill = 0; kill < KILLS; kill++) {
      const config = kill % 3 === 2 ? configB : configA;
      const child = startKochChild(out.args(config));
      await lockTaken(out, child);
      await sleep(random.next() * lockedMs * 1.1);
      child.process.kill("SIGKILL");
      await child.exited;

      expect(await recordProblems(out.lessonsDir, out.audioDir), `after kill ${kill}`).toEqual([]);
      const tree = await treeDigests(out.folder);
      for (const [path, digest] of tree) {
        if (isLeftover(path)) {
          moments.leftovers++;
          continue;
        }
        const known = digest === referenceA.get(path) || digest === referenceB.get(path);
        expect(known, `after kill ${kill}, ${path} is no file a clean build writes`).toBe(true);
      }
      const records = [...tree.keys()].filter((path) => /^lessons\/\d+\.json$/.test(path)).length;
      if (records === 0) moments.beforeAnyRecord++;
      else if (records < 3) moments.someRecords++;
      else moments.allRecords++;
    }

    const finish = runKochChild(out.args(configA));
    expect(finish.status, finish.stderr).toBe(0);
    expect(await differencesFromCleanA(out.folder)).toEqual([]);
    process.stderr.write(
      `fault injection: ${KILLS} kills (${moments.beforeAnyRecord} before any record, ` +
        `${moments.someRecords} with some, ${moments.allRecords} with all), ` +
        `${moments.leftovers} leftover files swept by the next run\n`,
    );
  }, 600_000);
});

describe("two generators on one folder", () => {
  it("refuses the second with a message naming the first, and the first finishes cleanly", async () => {
    const out = outputIn(join(root, "twice"));
    const first = startKochChild(out.args(configA, "--jobs", "1"));
    await lockTaken(out, first);
    const second = runKochChild(out.args(configA));
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      /^koch: .+: koch generate \(pid \d+ on .+, started .+\) is writing here; wait for it to finish, or delete .+\.koch-generate\.lock if that process is no longer running\n$/,
    );
    expect(await first.exited).toBe(0);
    expect(await differencesFromCleanA(out.folder)).toEqual([]);
  });
});

describe("a full disk", () => {
  const disk = mountTinyDisk(600);
  afterAll(() => disk?.unmount());

  it.skipIf(disk === undefined)(
    "stops with the file and a fix, keeps records true, and a rerun with room completes",
    async () => {
      const out = outputIn(disk!.path);
      const full = runKochChild(out.args(configA));
      expect(full.status).toBe(1);
      expect(full.stderr).toMatch(
        /^koch: .+: cannot write: the disk is full; free some space and run again \(finished files are kept\) \(ENOSPC\)\n$/,
      );
      expect(await recordProblems(out.lessonsDir, out.audioDir)).toEqual([]);

      disk!.resize(64 * 1024);
      const rerun = runKochChild(out.args(configA));
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(await differencesFromCleanA(disk!.path)).toEqual([]);
    },
  );
});

describe("output folders that cannot be written", () => {
  const readOnly = mountTinyDisk(64, { readOnly: true });
  afterAll(() => readOnly?.unmount());

  it.skipIf(readOnly === undefined)("names a read-only folder and writes nothing", async () => {
    const run = runKochChild([
      "generate",
      "--config",
      configA,
      "--lessons-dir",
      readOnly!.path,
      "--audio-dir",
      join(root, "ro-audio"),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `koch: ${readOnly!.path}: cannot write: the file system is read-only; choose a writable folder (EROFS)\n`,
    );
    expect(existsSync(join(root, "ro-audio"))).toBe(false);
  });

  it("names a file that stands where an output folder should be", async () => {
    const file = join(root, "not-a-folder");
    await writeFile(file, "");
    const run = runKochChild([
      "generate",
      "--config",
      configA,
      "--lessons-dir",
      join(root, "lessons-x"),
      "--audio-dir",
      file,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `koch: ${file}: cannot write: part of the path is a file, not a folder; move it away or ` +
        "choose another folder (EEXIST)\n",
    );
    expect(existsSync(join(root, "lessons-x", "01.json"))).toBe(false);
  });
});
