import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEMP_PREFIX } from "../generator/render/atomic-write.ts";
import { openStreamedFile } from "../generator/render/streamed-file.ts";
import { mountTinyDisk } from "./helpers/tiny-disk.ts";

const disk = mountTinyDisk(64);
afterAll(() => disk?.unmount());
const folder = () => mkdtemp(join(tmpdir(), "koch-streamed-"));

describe("streamed files", () => {
  it("shows nothing at the target until committed, then the whole file", async () => {
    const dir = await folder();
    const path = join(dir, "track.mp3");
    await writeFile(path, "old");
    const file = await openStreamedFile(path);
    await file.write(Uint8Array.of(1, 2, 3));
    await file.write(Uint8Array.of(4));
    expect(await readFile(path, "utf8")).toBe("old");
    expect((await readdir(dir)).filter((name) => name.startsWith(TEMP_PREFIX))).toHaveLength(1);
    await file.commit();
    expect([...(await readFile(path))]).toEqual([1, 2, 3, 4]);
    expect(await readdir(dir)).toEqual(["track.mp3"]);
  });

  it("reports the size and SHA-256 of what it wrote", async () => {
    const file = await openStreamedFile(join(await folder(), "a", "b.wav"));
    const parts = [Uint8Array.of(9, 8), new Uint8Array(100_000).fill(3)];
    const hash = createHash("sha256");
    for (const part of parts) {
      await file.write(part);
      hash.update(part);
    }
    const expected = hash.digest("hex");
    expect(await file.commit()).toEqual({ bytes: 100_002, sha256: expected });
  });

  it("leaves neither file nor temporary file when discarded", async () => {
    const dir = await folder();
    const file = await openStreamedFile(join(dir, "x.wav"));
    await file.write(Uint8Array.of(1));
    await file.discard();
    await file.discard();
    expect(await readdir(dir)).toEqual([]);
  });

  it("explains a folder where the file should go, naming the file", async () => {
    const dir = await folder();
    const path = join(dir, "x.mp3");
    await mkdir(path);
    const file = await openStreamedFile(path);
    await file.write(Uint8Array.of(1));
    await expect(file.commit()).rejects.toThrow(
      `${path}: cannot write: a folder stands where the file should go`,
    );
    await file.discard();
    expect(await readdir(dir)).toEqual(["x.mp3"]);
  });

  it.skipIf(disk === undefined)("keeps the old file, no half file, on a full disk", async () => {
    const path = join(disk!.path, "big.wav");
    await writeFile(path, "old");
    const file = await openStreamedFile(path);
    const chunk = new Uint8Array(16 * 1024).fill(7);
    const fill = async () => {
      for (let i = 0; i < 16; i++) await file.write(chunk);
    };
    await expect(fill()).rejects.toThrow(`${path}: cannot write: the disk is full`);
    await file.discard();
    expect(await readFile(path, "utf8")).toBe("old");
    expect(await readdir(disk!.path)).toEqual(["big.wav"]);
  });
});
