/**
 * Compares two builds file by file, byte for byte: the proof that a build
 * is reproducible, and when it is not, the exact list of files that differ
 * and where each first differs.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** One file that is not the same in both builds. */
export interface TreeDifference {
  /** Path relative to the build's root, with `/` separators. */
  path: string;
  kind: "only-in-first" | "only-in-second" | "content";
  /** Sizes in bytes; absent for the side the file is missing from. */
  firstBytes?: number;
  secondBytes?: number;
  /** Offset of the first byte that differs, for `content`. */
  firstDifferenceAt?: number;
}

/** The outcome of a comparison. */
export interface TreeComparison {
  /** Files present in both builds, compared byte for byte. */
  filesCompared: number;
  /** Bytes of the first build's files that were compared. */
  bytesCompared: number;
  differences: TreeDifference[];
}

/** Every file below `dir`, as paths relative to `root`; none when `dir` is missing. */
async function listFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return length;
}

/** Compares the files below `folders` (relative paths) of two build roots. */
export async function compareTrees(
  firstRoot: string,
  secondRoot: string,
  folders: readonly string[],
): Promise<TreeComparison> {
  const list = async (root: string) =>
    new Set((await Promise.all(folders.map((dir) => listFiles(root, dir)))).flat());
  const first = await list(firstRoot);
  const second = await list(secondRoot);
  const differences: TreeDifference[] = [];
  let filesCompared = 0;
  let bytesCompared = 0;

  for (const path of [...first].sort()) {
    const a = await readFile(join(firstRoot, path));
    if (!second.has(path)) {
      differences.push({ path, kind: "only-in-first", firstBytes: a.length });
      continue;
    }
    const b = await readFile(join(secondRoot, path));
    filesCompared++;
    bytesCompared += a.length;
    if (!a.equals(b)) {
      const at = firstDifference(a, b);
      differences.push({
        path,
        kind: "content",
        firstBytes: a.length,
        secondBytes: b.length,
        firstDifferenceAt: at,
      });
    }
  }
  for (const path of [...second].sort()) {
    if (first.has(path)) continue;
    const bytes = (await readFile(join(secondRoot, path))).length;
    differences.push({ path, kind: "only-in-second", secondBytes: bytes });
  }
  return { filesCompared, bytesCompared, differences };
}

/** One line per difference, for a test's failure message or the script's report. */
export function describeDifferences(differences: readonly TreeDifference[]): string {
  return differences
    .map((d) => {
      if (d.kind === "only-in-first") return `${d.path}: only in the first build`;
      if (d.kind === "only-in-second") return `${d.path}: only in the second build`;
      return (
        `${d.path}: ${d.firstBytes} and ${d.secondBytes} bytes, ` +
        `first difference at byte ${d.firstDifferenceAt}`
      );
    })
    .join("\n");
}
