/**
 * Builds the fixture course's site the way `npm run build` does, but into
 * temporary folders chosen through the site's environment variables, so the
 * tests never touch `content/lessons`, `public/audio` or `dist`.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The project's root folder. */
export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");

/** The tiny course the site tests build. */
export const FIXTURE_COURSE = join(PROJECT_ROOT, "test/fixtures/site-course.json");

/** The fixture course's base path, from its `siteUrl`. */
export const FIXTURE_BASE = "/morse/";

/** Where one build's inputs and output live. */
export interface SiteBuild {
  configPath: string;
  lessonsDir: string;
  publicDir: string;
  outDir: string;
  base: string;
  /** Seconds the generation and the Astro build took. */
  generateSeconds: number;
  astroSeconds: number;
}

/**
 * The environment without what vitest adds: its `BASE_URL`, `MODE` and
 * `NODE_ENV=test` would override the base path and mode of Astro's build.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return env;
}

function bin(name: string): string {
  return join(PROJECT_ROOT, "node_modules/.bin", name);
}

/** Generates the course into `root` and builds its site into `root/dist`. */
export async function buildFixtureSite(root: string, configPath = FIXTURE_COURSE) {
  const build = {
    configPath,
    lessonsDir: join(root, "lessons"),
    publicDir: join(root, "public"),
    outDir: join(root, "dist"),
    base: FIXTURE_BASE,
  };
  await mkdir(build.publicDir, { recursive: true });
  const env = {
    ...inheritedEnv(),
    KOCH_CONFIG: build.configPath,
    KOCH_LESSONS_DIR: build.lessonsDir,
    KOCH_PUBLIC_DIR: build.publicDir,
    KOCH_OUT_DIR: build.outDir,
  };
  const options = { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 };

  let startedAt = performance.now();
  await run(
    bin("tsx"),
    [
      "generator/cli.ts",
      "generate",
      "--quiet",
      "--config",
      build.configPath,
      "--lessons-dir",
      build.lessonsDir,
      "--audio-dir",
      join(build.publicDir, "audio"),
    ],
    options,
  );
  const generateSeconds = (performance.now() - startedAt) / 1000;

  startedAt = performance.now();
  await run(bin("astro"), ["build", "--silent"], options);
  const astroSeconds = (performance.now() - startedAt) / 1000;
  return { ...build, generateSeconds, astroSeconds } satisfies SiteBuild;
}
