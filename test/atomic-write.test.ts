import { mkdtemp, readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic, writeFileIfChanged } from "../generator/render/atomic-write.ts";
import { UserError } from "../generator/errors.ts";
import { mountTinyDisk } from "./helpers/tiny-disk.ts";

const disk = mountTinyDisk(64);
afterAll(() => disk?.unmount());

describe("atomic writes", () => {
  it("replaces a file whole and leaves no temporary file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "koch-atomic-"));
    const path = join(dir, "a", "b.txt");
    await writeFileAtomic(path, "one");
    await writeFileAtomic(path, "two");
    expect(await readFile(path, "utf8")).toBe("two");
    expect(await readdir(join(dir, "a"))).toEqual(["b.txt"]);
  });

  it("writes only when the content changed", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "koch-atomic-")), "c.txt");
    expect(await writeFileIfChanged(path, "x")).toBe(true);
    expect(await writeFileIfChanged(path, "x")).toBe(false);
  });

  it("explains a path through a file and names it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "koch-atomic-"));
    await writeFile(join(dir, "file"), "");
    const path = join(dir, "file", "x.txt");
    await expect(writeFileAtomic(path, "x")).rejects.toThrow(
      new UserError(
        `${path}: cannot write: part of the path is a file, not a folder; move it away or ` +
          "choose another folder (EEXIST)",
      ),
    );
  });

  it("explains a folder where the file should go", async () => {
    const dir = await mkdtemp(join(tmpdir(), "koch-atomic-"));
    await mkdir(join(dir, "x.txt"));
    await expect(writeFileAtomic(join(dir, "x.txt"), "x")).rejects.toThrow(/folder stands where/);
    expect((await readdir(dir)).sort()).toEqual(["x.txt"]);
  });

  it.skipIf(disk === undefined)(
    "keeps the old file and no half file when the disk is full",
    async () => {
      const path = join(disk!.path, "big.bin");
      await writeFileAtomic(path, "old");
      const tooBig = new Uint8Array(256 * 1024).fill(7);
      await expect(writeFileAtomic(path, tooBig)).rejects.toThrow(
        `${path}: cannot write: the disk is full; free some space and run again (finished files ` +
          "are kept) (ENOSPC)",
      );
      expect(await readFile(path, "utf8")).toBe("old");
      expect(await readdir(disk!.path)).toEqual(["big.bin"]);
    },
  );
});
