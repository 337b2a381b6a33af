import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareTrees, describeDifferences } from "../../scripts/compare-trees.ts";

let root = "";

async function tree(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe("compareTrees", () => {
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("counts the files and bytes it compared and finds no difference in equal trees", async () => {
    root = await mkdtemp(join(tmpdir(), "koch-compare-"));
    const files = { "dist/index.html": "<p>hi</p>", "lessons/01.json": "{}", "other/x": "skip" };
    const a = await tree("a", files);
    const b = await tree("b", { ...files, "other/x": "not compared" });
    expect(await compareTrees(a, b, ["dist", "lessons", "missing"])).toEqual({
      filesCompared: 2,
      bytesCompared: 11,
      differences: [],
    });
  });

  it("lists each file that differs, or is only in one build, and where it first differs", async () => {
    root = await mkdtemp(join(tmpdir(), "koch-compare-"));
    const a = await tree("a", { "dist/a.txt": "same", "dist/b.txt": "abcd", "dist/old": "x" });
    const b = await tree("b", { "dist/a.txt": "same", "dist/b.txt": "abXde", "dist/new/n": "yy" });
    const { differences } = await compareTrees(a, b, ["dist"]);
    expect(describeDifferences(differences)).toBe(
      [
        "dist/b.txt: 4 and 5 bytes, first difference at byte 2",
        "dist/old: only in the first build",
        "dist/new/n: only in the second build",
      ].join("\n"),
    );
  });
});
