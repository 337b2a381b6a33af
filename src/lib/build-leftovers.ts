/**
 * An Astro integration that removes what Astro leaves in the output of a
 * static build whose `outDir` lies outside the project: it then renders the
 * pages from a server build in `.astro/` and copies all of it, two
 * content-layer stubs included, into `outDir`. No page loads them, and a
 * build in a temporary folder should publish what one into `dist/` does.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Server modules that have no place on a static host. */
export const BUILD_LEFTOVERS = ["content-assets.mjs", "content-modules.mjs"];

/** Deletes the leftovers once the build is done. */
export function pruneBuildLeftovers(): AstroIntegration {
  return {
    name: "koch-prune-build-leftovers",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await Promise.all(BUILD_LEFTOVERS.map((name) => rm(join(outDir, name), { force: true })));
      },
    },
  };
}
