/**
 * One clean build of a course, the way `npm run build` makes it (generate,
 * then `astro build`), but into a folder of its own through the site's
 * environment variables, and with the time zone, locale and worker count
 * chosen by the caller. The site tests and `npm run reproduce` build with
 * it, so that two builds differ only in what they are told to.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { loadCourse } from "../generator/course/load-course.ts";
import { siteLocation } from "../src/lib/site-url.ts";

const run = promisify(execFile);

/** The project's root folder. */
export const PROJECT_ROOT = resolve(import.meta.dirname, "..");

/** What a build is told: where, and the environment it runs in. */
export interface SiteBuildOptions {
  /** The course file. */
  configPath: string;
  /** An empty folder; the build writes `lessons/`, `public/`, `dist/` and `cache/` in it. */
  root: string;
  /** Variables set on top of the inherited environment, such as `TZ` and `LC_ALL`. */
  env?: Record<string, string>;
  /** Worker threads for the audio (`--jobs`); the generator's default when absent. */
  jobs?: number;
  /** Lessons to generate (`--lessons`, e.g. `1,2`); all when absent. */
  lessons?: string;
}

/** Where one build's inputs and output live, and how long its two steps took. */
export interface SiteBuild {
  /** The folder that holds everything the build wrote. */
  root: string;
  configPath: string;
  lessonsDir: string;
  publicDir: string;
  outDir: string;
  /** Astro's and Vite's caches: kept out of `node_modules`, which worktrees share. */
  cacheDir: string;
  /** The site's base path, from the course file's `siteUrl`. */
  base: string;
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

async function timed(step: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await step();
  return (performance.now() - startedAt) / 1000;
}

/** Generates the course into `options.root` and builds its site into `root/dist`. */
export async function buildSite(options: SiteBuildOptions): Promise<SiteBuild> {
  const { root } = options;
  const configPath = resolve(options.configPath);
  const paths = {
    root,
    configPath,
    lessonsDir: join(root, "lessons"),
    publicDir: join(root, "public"),
    outDir: join(root, "dist"),
    cacheDir: join(root, "cache"),
  };
  await mkdir(paths.publicDir, { recursive: true });
  const env = {
    ...inheritedEnv(),
    ...options.env,
    KOCH_CONFIG: paths.configPath,
    KOCH_LESSONS_DIR: paths.lessonsDir,
    KOCH_PUBLIC_DIR: paths.publicDir,
    KOCH_OUT_DIR: paths.outDir,
    KOCH_CACHE_DIR: paths.cacheDir,
  };
  const runOptions = { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 };

  const generateArgs = [
    "generator/cli.ts",
    "generate",
    "--quiet",
    "--config",
    paths.configPath,
    "--lessons-dir",
    paths.lessonsDir,
    "--audio-dir",
    join(paths.publicDir, "audio"),
    ...(options.jobs === undefined ? [] : ["--jobs", String(options.jobs)]),
    ...(options.lessons === undefined ? [] : ["--lessons", options.lessons]),
  ];
  const generateSeconds = await timed(() => run(bin("tsx"), generateArgs, runOptions));
  const astroSeconds = await timed(() => run(bin("astro"), ["build", "--silent"], runOptions));

  const { base } = siteLocation((await loadCourse(configPath)).settings.siteUrl);
  return { ...paths, base, generateSeconds, astroSeconds };
}
