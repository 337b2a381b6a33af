/**
 * `npm run reproduce`: two clean builds of a course (generate, then
 * `astro build`) in separate temporary folders, in different time zones
 * and locales and with different worker counts, then a byte-for-byte
 * comparison of the records, audio and site. Prints what was compared and
 * every file that differs; exits 1 when any does.
 *
 *   npm run reproduce                        the default course (minutes on two cores)
 *   npm run reproduce -- --lessons 1,2       a quick check on two lessons
 *   npm run reproduce -- --config other.json --keep
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  type BuildEnvironment,
  describeEnvironment,
  FIRST_ENVIRONMENT,
  PUBLISHED_FOLDERS,
  SECOND_ENVIRONMENT,
} from "./build-environments.ts";
import { compareTrees, describeDifferences } from "./compare-trees.ts";
import { buildSite, type SiteBuild } from "./site-build.ts";

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The command line: which course, which lessons, and whether to keep the builds. */
function readFlags() {
  const { values } = parseArgs({
    options: {
      config: { type: "string", default: "content/course.json" },
      lessons: { type: "string" },
      keep: { type: "boolean", default: false },
    },
  });
  return values;
}

async function buildIn(
  root: string,
  environment: BuildEnvironment,
  flags: ReturnType<typeof readFlags>,
): Promise<SiteBuild> {
  const build = await buildSite({
    configPath: flags.config,
    root: join(root, environment.folder),
    env: environment.env,
    jobs: environment.jobs,
    ...(flags.lessons === undefined ? {} : { lessons: flags.lessons }),
  });
  print(
    `built ${build.root} (${describeEnvironment(environment)}): generate ` +
      `${build.generateSeconds.toFixed(1)} s, astro build ${build.astroSeconds.toFixed(1)} s`,
  );
  return build;
}

async function main(): Promise<number> {
  const flags = readFlags();
  const root = await mkdtemp(join(tmpdir(), "koch-reproduce-"));
  try {
    const first = await buildIn(root, FIRST_ENVIRONMENT, flags);
    const second = await buildIn(root, SECOND_ENVIRONMENT, flags);
    const { filesCompared, bytesCompared, differences } = await compareTrees(
      first.root,
      second.root,
      PUBLISHED_FOLDERS,
    );
    print(
      `compared ${filesCompared} files, ${bytesCompared} bytes ` +
        `(${(bytesCompared / 1e6).toFixed(1)} MB) in ${PUBLISHED_FOLDERS.join(", ")}: ` +
        `${differences.length} ${differences.length === 1 ? "differs" : "differ"}`,
    );
    if (differences.length > 0) print(describeDifferences(differences));
    return differences.length === 0 ? 0 : 1;
  } finally {
    if (flags.keep) print(`kept both builds in ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

const USAGE = "usage: npm run reproduce -- [--config course.json] [--lessons 1,2] [--keep]";

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const { code, stderr } = error as { code?: unknown; stderr?: string };
    const message =
      typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")
        ? `${(error as Error).message}\n${USAGE}`
        : `a build failed\n${stderr || String(error)}`;
    process.stderr.write(`reproduce: ${message}\n`);
    process.exit(1);
  },
);
