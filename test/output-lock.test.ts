import { existsSync } from "node:fs";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { LOCK_NAME, lockOutputFolders } from "../generator/render/output-lock.ts";

const folder = () => mkdtemp(join(tmpdir(), "koch-lock-"));

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("output folder lock", () => {
  it("refuses a second generator on the same folder, naming the first", async () => {
    const dir = await folder();
    const first = await lockOutputFolders([dir]);
    await expect(lockOutputFolders([dir])).rejects.toThrow(
      new RegExp(
        `^${dir}: koch generate \\(pid ${process.pid} on .+, started .+\\) is writing ` +
          `here; wait for it to finish, or delete ${join(dir, LOCK_NAME)} if that process is no ` +
          `longer running$`,
      ),
    );
    await first.release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });

  it("holds no folder when one of several is busy", async () => {
    const [a, b] = [await folder(), await folder()];
    const holder = await lockOutputFolders([b]);
    await expect(lockOutputFolders([a, b])).rejects.toThrow(/is writing here/);
    expect(existsSync(join(a, LOCK_NAME))).toBe(false);
    await holder.release();
    const both = await lockOutputFolders([a, b]);
    await both.release();
  });

  it("takes over a lock left by a process that was killed", async () => {
    const dir = await folder();
    const stale = { pid: deadPid(), host: hostname(), startedAt: "2026-01-01T00:00:00Z" };
    await writeFile(join(dir, LOCK_NAME), JSON.stringify(stale));
    const lock = await lockOutputFolders([dir]);
    await lock.release();
  });

  it("lets only one of two generators take over the same stale lock", async () => {
    for (let round = 0; round < 50; round++) {
      const dir = await folder();
      const stale = { pid: deadPid(), host: hostname(), startedAt: "2026-01-01T00:00:00Z" };
      await writeFile(join(dir, LOCK_NAME), JSON.stringify(stale));
      const outcomes = await Promise.allSettled([
        lockOutputFolders([dir]),
        lockOutputFolders([dir]),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(await readdir(dir)).toEqual([LOCK_NAME]);
    }
  });

  it("takes over a lock file that is empty or garbled", async () => {
    const dir = await folder();
    await writeFile(join(dir, LOCK_NAME), "{not json");
    const lock = await lockOutputFolders([dir]);
    await lock.release();
  });
});
