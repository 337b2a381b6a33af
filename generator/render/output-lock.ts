/**
 * One generator at a time per output folder. A lock file, created with
 * O_EXCL so only one process can create it, names the process that holds
 * it. A second generator refuses with a message naming that process; a lock
 * left by a process that no longer runs (killed with SIGKILL, say) is taken
 * over, so a crash never blocks the next run.
 */
import { randomBytes } from "node:crypto";
import { link, mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { UserError } from "../errors.ts";
import { explainWriteError } from "../file-errors.ts";

/** The lock's file name inside each output folder. */
export const LOCK_NAME = ".koch-generate.lock";

/** Who holds a lock. */
interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/** A held lock; `release` removes it. */
export interface OutputLock {
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, "utf8")) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  try {
    const handle = await open(path, "wx");
    await handle.writeFile(JSON.stringify(owner));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Locks one folder (creating it), taking over a lock whose process is gone. */
async function lockFolder(folder: string, owner: LockOwner, created: string[]): Promise<string> {
  const first = await mkdir(folder, { recursive: true });
  if (first !== undefined) created.push(first);
  const path = join(folder, LOCK_NAME);
  if (await tryCreate(path, owner)) return path;
  const holder = await readOwner(path);
  // A lock from another host cannot be checked, so it is respected.
  if (holder && (holder.host !== owner.host || isRunning(holder.pid))) {
    throw busy(folder, path, holder);
  }
  if (await takeOver(path, holder, owner)) return path;
  throw busy(folder, path, await readOwner(path));
}

/**
 * Replaces a stale lock, safely against another generator doing the same:
 * the lock is moved aside first and removed only if it is still the stale
 * one that was read; a fresh lock moved by mistake is put back.
 */
async function takeOver(path: string, stale: LockOwner | undefined, owner: LockOwner) {
  const aside = `${path}.${randomBytes(4).toString("hex")}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return tryCreate(path, owner);
  }
  const moved = await readOwner(aside);
  const same = moved?.pid === stale?.pid && moved?.startedAt === stale?.startedAt;
  if (!same) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
  return same && (await tryCreate(path, owner));
}

function busy(folder: string, path: string, holder: LockOwner | undefined): UserError {
  const who = holder
    ? `koch generate (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt})`
    : "another koch generate";
  return new UserError(
    `${folder}: ${who} is writing here; wait for it to finish, ` +
      `or delete ${path} if that process is no longer running`,
  );
}

/**
 * Locks every output folder of a run, or throws without holding any and
 * without leaving behind a folder it created on the way.
 */
export async function lockOutputFolders(folders: readonly string[]): Promise<OutputLock> {
  const owner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const held: string[] = [];
  const created: string[] = [];
  const release = async () => {
    await Promise.all(held.map((path) => rm(path, { force: true })));
    held.length = 0;
  };
  let folder = "";
  try {
    for (folder of [...new Set(folders)].sort())
      held.push(await lockFolder(folder, owner, created));
  } catch (error) {
    await release();
    await Promise.all(created.map((path) => rm(path, { recursive: true, force: true })));
    throw error instanceof UserError ? error : explainWriteError(error, folder);
  }
  return { release };
}
