/**
 * The builds the site tests read: the fixture course twice, in environments
 * that share nothing a build could leak into its output (folder, time zone,
 * locale, worker count), and a hostile course whose texts try to break
 * every page, the feed and the tags. All go to temporary folders, so the
 * tests never touch `content/lessons`, `public/audio` or `dist`.
 */
import { writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BuildEnvironment } from "../../scripts/build-environments.ts";
import { buildSite, PROJECT_ROOT, type SiteBuild } from "../../scripts/site-build.ts";
import { HOSTILE_COURSE } from "../helpers/hostile.ts";

export { FIRST_ENVIRONMENT, SECOND_ENVIRONMENT } from "../../scripts/build-environments.ts";
export { PROJECT_ROOT, type SiteBuild };

/** The tiny course the site tests build. */
export const FIXTURE_COURSE = join(PROJECT_ROOT, "test/fixtures/site-course.json");

/** The fixture course's base path, from its `siteUrl`. */
export const FIXTURE_BASE = "/morse/";

/** Builds the fixture course below `root` in one of the two environments. */
export function buildFixtureSite(root: string, environment: BuildEnvironment): Promise<SiteBuild> {
  return buildSite({
    configPath: FIXTURE_COURSE,
    root: join(root, environment.folder),
    env: environment.env,
    jobs: environment.jobs,
  });
}

/**
 * Writes the hostile course file into `root/course.json` and builds it in
 * `root/build`, so everything the build writes is below `root/build`.
 */
export async function buildHostileSite(root: string): Promise<SiteBuild> {
  await mkdir(root, { recursive: true });
  const configPath = join(root, "course.json");
  await writeFile(configPath, `${JSON.stringify(HOSTILE_COURSE, null, 2)}\n`);
  return buildSite({ configPath, root: join(root, "build") });
}
