/**
 * Builds the fixture course's site twice, from two separate generations,
 * before the site and browser tests run: the feed tests compare the two,
 * the browser tests drive the first. Temporary folders go at the end.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildFixtureSite, type SiteBuild } from "./fixture-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteBuild: SiteBuild;
    siteRebuild: SiteBuild;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), "koch-site-test-"));
  project.provide("siteBuild", await buildFixtureSite(join(root, "first")));
  project.provide("siteRebuild", await buildFixtureSite(join(root, "second")));
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
