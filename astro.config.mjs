// @ts-check
// The course file's siteUrl decides where the site lives: its origin is
// `site`, its path the base path, so a sub-folder host needs no other setting.
import { defineConfig } from "astro/config";
import { loadCourse } from "./generator/course/load-course.ts";
import { UserError } from "./generator/errors.ts";
import { pruneBuildLeftovers } from "./src/lib/build-leftovers.ts";
import { generationReport } from "./src/lib/generation-report.ts";
import { sitePaths } from "./src/lib/site-paths.ts";
import { siteLocation } from "./src/lib/site-url.ts";

const paths = sitePaths();

/** The course file, or a plain message and exit: a typo deserves no stack trace. */
async function loadCourseOrExit() {
  try {
    return await loadCourse(paths.configPath);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`site: ${error.message.replaceAll("\n", "\nsite: ")}\n`);
    process.exit(1);
  }
}

const course = await loadCourseOrExit();
const { site, base } = siteLocation(course.settings.siteUrl);

export default defineConfig({
  site,
  base,
  outDir: paths.outDir,
  publicDir: paths.publicDir,
  // A build with a cache folder of its own shares no cache with other builds.
  ...(paths.cacheDir && { cacheDir: paths.cacheDir, vite: { cacheDir: `${paths.cacheDir}/vite` } }),
  trailingSlash: "ignore",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  integrations: [generationReport(paths), pruneBuildLeftovers()],
});
