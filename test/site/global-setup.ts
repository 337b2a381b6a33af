/**
 * Builds the sites the site and browser tests read before any of them
 * runs: the fixture course twice, in different environments (the feed and
 * reproducibility tests compare the two, the browser tests drive the
 * first), and the hostile course. Temporary folders go at the end.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import {
  buildFixtureSite,
  buildHostileSite,
  FIRST_ENVIRONMENT,
  PROJECT_ROOT,
  SECOND_ENVIRONMENT,
  type SiteBuild,
} from "./fixture-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteBuild: SiteBuild;
    siteRebuild: SiteBuild;
    hostileBuild: SiteBuild;
    /** The folder that holds the hostile course file and build, and nothing else. */
    hostileRoot: string;
    /** Entries of the folders next to the hostile build, before and after it. */
    hostileNeighbours: { before: string[]; after: string[] };
  }
}

/**
 * Where a build might write by mistake: next to its folder and into the
 * project. (Astro renders a build whose output is outside the project in
 * the project's `.astro/` and removes that folder at the end.)
 */
async function neighbourEntries(root: string): Promise<string[]> {
  const list = async (dir: string) => (await readdir(dir)).map((name) => join(dir, name));
  return [...(await list(root)), ...(await list(PROJECT_ROOT))].sort();
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), "koch-site-test-"));
  project.provide("siteBuild", await buildFixtureSite(root, FIRST_ENVIRONMENT));
  project.provide("siteRebuild", await buildFixtureSite(root, SECOND_ENVIRONMENT));
  const hostileRoot = join(root, "hostile");
  const before = await neighbourEntries(root);
  project.provide("hostileBuild", await buildHostileSite(hostileRoot));
  project.provide("hostileRoot", hostileRoot);
  project.provide("hostileNeighbours", { before, after: await neighbourEntries(root) });
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
