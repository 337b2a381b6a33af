// @ts-check
// The course file's siteUrl decides where the site lives: its origin is
// `site`, its path the base path, so a sub-folder host needs no other setting.
import { defineConfig } from "astro/config";
import { loadCourse } from "./generator/course/load-course.ts";
import { generationReport } from "./src/lib/generation-report.ts";
import { sitePaths } from "./src/lib/site-paths.ts";
import { siteLocation } from "./src/lib/site-url.ts";

const paths = sitePaths();
const course = await loadCourse(paths.configPath);
const { site, base } = siteLocation(course.settings.siteUrl);

export default defineConfig({
  site,
  base,
  outDir: paths.outDir,
  publicDir: paths.publicDir,
  trailingSlash: "ignore",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  integrations: [generationReport(paths)],
});
