/**
 * What a generation left on disk, for tests that break it: every file's
 * digest (to compare one file at a time with clean builds; whole builds
 * are compared with `scripts/compare-trees.ts`), and whatever is wrong
 * with the records (a listed file missing or
 * different, a record that does not parse).
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** Relative path → SHA-256 of every file under `root`, lock and temporary files included. */
export async function treeDigests(root: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else
        digests.set(
          relative(root, path),
          createHash("sha256")
            .update(await readFile(path))
            .digest("hex"),
        );
    }
  };
  await walk(root);
  return new Map([...digests].sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface ListedFile {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * Problems with the records in `lessonsDir`: each must parse and every file
 * it lists must be in `audioDir`'s parent (the public folder) with the
 * recorded size and digest.
 */
export async function recordProblems(lessonsDir: string, audioDir: string): Promise<string[]> {
  const problems: string[] = [];
  const publicDir = dirname(audioDir);
  const names = (await readdir(lessonsDir).catch(() => [] as string[])).filter((n) =>
    /^\d+\.json$/.test(n),
  );
  for (const name of names) {
    let record: { tracks: { files: Record<string, ListedFile> }[] };
    try {
      record = JSON.parse(await readFile(join(lessonsDir, name), "utf8"));
    } catch (error) {
      problems.push(`${name}: does not parse (${String(error)})`);
      continue;
    }
    for (const file of record.tracks.flatMap((track) => Object.values(track.files))) {
      const bytes = await readFile(join(publicDir, file.path)).catch(() => undefined);
      if (bytes === undefined) problems.push(`${name}: lists ${file.path}, which is missing`);
      else if (bytes.length !== file.bytes) problems.push(`${name}: ${file.path} has another size`);
      else if (createHash("sha256").update(bytes).digest("hex") !== file.sha256) {
        problems.push(`${name}: ${file.path} has another digest`);
      }
    }
  }
  return problems;
}
