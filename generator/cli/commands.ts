/**
 * The `koch` command line: `plan` prints the lesson plan, `generate` writes
 * the course's records, answer keys and audio, `render` turns any text into
 * audio with the same engine, `schema` writes the course file's JSON Schema.
 */
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import yargs, { type Argv } from "yargs";
import { MP3_ENCODER_NAMES } from "../audio/mp3-encoder.ts";
import { applyCourseOverrides } from "../course/course-overrides.ts";
import type { Course } from "../course/course.ts";
import { COURSE_SCHEMA_PATH, courseJsonSchemaText } from "../course/json-schema.ts";
import { DEFAULT_COURSE_PATH, loadCourse } from "../course/load-course.ts";
import { UserError } from "../errors.ts";
import { parseLessonSelection } from "../lesson-selection.ts";
import { createLogger, type Logger } from "../log.ts";
import { lessonCount, planCourse } from "../plan/lessons.ts";
import { formatPlanTable } from "../plan/plan-table.ts";
import { buildLessonRecord } from "../records/lesson-record.ts";
import { writeFileIfChanged } from "../render/atomic-write.ts";
import { generateCourse } from "../render/generate.ts";
import { createProgress, silentProgress } from "../render/progress.ts";
import { renderCommand, withRenderFlags } from "./render-command.ts";

/**
 * More threads than this only cost memory (each holds a JavaScript engine
 * and a track): the work is CPU-bound, so cores are the useful limit.
 */
export const MAX_JOBS = 32;

/** Flags every command shares. */
interface CommonFlags {
  config: string;
  lessons?: string | undefined;
  quiet: boolean;
  verbose: boolean;
}

function withCommonFlags<T>(argv: Argv<T>) {
  return argv
    .option("config", {
      type: "string",
      default: DEFAULT_COURSE_PATH,
      describe: "The course file",
    })
    .option("lessons", {
      type: "string",
      describe: "Only these lessons, e.g. 1-5,9",
    })
    .option("quiet", {
      type: "boolean",
      default: false,
      describe: "Print only warnings and errors",
    })
    .option("verbose", { type: "boolean", default: false, describe: "Print a line per file" });
}

async function prepare(flags: CommonFlags, stage: string) {
  const log = createLogger(stage, { quiet: flags.quiet, verbose: flags.verbose });
  const course = await loadCourse(flags.config);
  course.warnings.forEach((warning) => log.warn(warning));
  const lessons =
    flags.lessons === undefined
      ? undefined
      : parseLessonSelection(flags.lessons, lessonCount(course));
  return { log, course, lessons };
}

function printPlan(course: Course, lessons: number[] | undefined, json: boolean): void {
  const records = planCourse(course, lessons).map((plan) => buildLessonRecord(plan, course));
  if (json) {
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  } else {
    process.stdout.write(formatPlanTable(course, records));
  }
}

async function writeSchema(log: Logger, check: boolean): Promise<void> {
  const text = courseJsonSchemaText();
  if (check) {
    const current = await readFile(COURSE_SCHEMA_PATH, "utf8").catch(() => "");
    if (current !== text) {
      throw new UserError(`${COURSE_SCHEMA_PATH} is out of date; run npm run koch -- schema`);
    }
    log.info(`${COURSE_SCHEMA_PATH} is current`);
    return;
  }
  const wrote = await writeFileIfChanged(COURSE_SCHEMA_PATH, text);
  log.info(`${COURSE_SCHEMA_PATH} ${wrote ? "written" : "already current"}`);
}

/** `--jobs` names between one thread and `MAX_JOBS`. */
export function checkJobs(jobs: number): number {
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UserError(
      `--jobs must be a whole number from 1 to ${MAX_JOBS} (worker threads), ` +
        `got ${String(jobs)}; leave it out to use every core (${availableParallelism()})`,
    );
  }
  return jobs;
}

function withGenerateFlags<T>(argv: Argv<T>) {
  return withCommonFlags(argv)
    .option("lessons-dir", {
      type: "string",
      default: "content/lessons",
      describe: "Where lesson records go",
    })
    .option("audio-dir", {
      type: "string",
      default: "public/audio",
      describe: "Where audio and answer keys go",
    })
    .option("force", {
      type: "boolean",
      default: false,
      describe: "Rewrite every file, even when current",
    })
    .option("jobs", {
      type: "number",
      default: availableParallelism(),
      describe: "Worker threads for audio (default: the number of cores)",
    })
    .option("encoder", {
      type: "string",
      choices: MP3_ENCODER_NAMES,
      describe: "MP3 encoder, overriding the course file's mp3Encoder",
    });
}

type GenerateFlags = Awaited<ReturnType<typeof withGenerateFlags>["argv"]>;

async function generateCommand(flags: GenerateFlags): Promise<void> {
  const jobs = checkJobs(flags.jobs);
  const prepared = await prepare(flags, "generate");
  const course = applyCourseOverrides(
    prepared.course,
    { mp3Encoder: flags.encoder },
    `${flags.config} with --encoder`,
  );
  await generateCourse({
    course,
    lessons: prepared.lessons,
    lessonsDir: flags.lessonsDir,
    audioDir: flags.audioDir,
    force: flags.force,
    jobs,
    log: prepared.log,
    progress: flags.quiet ? silentProgress : createProgress(),
  });
}

/** Builds the command line parser for the arguments after `koch`. */
export function buildCli(args: string[]) {
  return yargs(args)
    .scriptName("koch")
    .usage("$0 <command> [options]\n\nBuilds a Koch-method Morse code course from one course file.")
    .command(
      "plan",
      "Print the lesson plan without rendering anything",
      (argv) =>
        withCommonFlags(argv).option("json", {
          type: "boolean",
          default: false,
          describe: "Print the lesson records as JSON on stdout",
        }),
      async (flags) => {
        const { course, lessons } = await prepare(flags, "plan");
        printPlan(course, lessons, flags.json);
      },
    )
    .command(
      "generate",
      "Write the lesson records, answer keys and audio",
      (argv) => withGenerateFlags(argv),
      async (flags) => generateCommand(flags),
    )
    .command(
      "render",
      "Render any text as Morse code audio with the course's engine and settings",
      (argv) => withRenderFlags(argv),
      async (flags) => renderCommand(flags),
    )
    .command(
      "schema",
      `Write ${COURSE_SCHEMA_PATH} from the course file's schema`,
      (argv) =>
        argv.option("check", {
          type: "boolean",
          default: false,
          describe: "Only check that the file is current",
        }),
      async (flags) => writeSchema(createLogger("schema"), flags.check),
    )
    .demandCommand(1, "Name a command: plan, generate, render or schema")
    .strict()
    .help()
    .alias("h", "help")
    .version(false)
    .fail((message, error, argv) => {
      if (error) throw error;
      throw new UserError(`${message}\n\n${argv.help() as unknown as string}`);
    });
}
