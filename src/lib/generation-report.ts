/**
 * An Astro integration that says, before the pages are built, whether the
 * generated course matches the course file. The pages say it too; the log
 * tells the author who never opens them.
 */
import type { AstroIntegration } from "astro";
import { REGENERATE_HINT } from "./generation-status.ts";
import { readSiteData } from "./site-data.ts";
import type { SitePaths } from "./site-paths.ts";

/** Logs the generation's problems, or that it is current. */
export function generationReport(paths: SitePaths): AstroIntegration {
  return {
    name: "koch-generation-report",
    hooks: {
      "astro:build:start": async ({ logger }) => {
        const { problems, records } = await readSiteData(paths);
        if (problems.length === 0) {
          logger.info(`${records.length} generated lessons, current with the course file.`);
          return;
        }
        problems.forEach((problem) => logger.warn(problem));
        logger.warn(REGENERATE_HINT);
      },
    },
  };
}
