/**
 * The `koch` command: `plan` prints the lesson plan, `generate` writes the
 * course's records, answer keys and audio, `render` turns any text into
 * audio with the same engine, `schema` writes the course file's JSON
 * Schema. Only this file calls `process.exit`.
 */
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import yargs, { type Argv } from "yargs";
import { hideBin } from "yargs/helpers";
import { loadCourse, DEFAULT_COURSE_PATH } from "./course/load-course.ts";
import type { Course } from "./course/course.ts";
import { COURSE_SCHEMA_PATH, courseJsonSchemaText } from "./course/json-schema.ts";
import { UserError } from "./errors.ts";
import { parseLessonSelection } from "./lesson-selection.ts";
import { createLogger, type Logger } from "./log.ts";
import { lessonCount, planCourse } from "./plan/lessons.ts";
import { formatPlanTable } from "./plan/plan-table.ts";
import { buildLessonRecord } from "./records/lesson-record.ts";
import { writeFileIfChanged } from "./render/atomic-write.ts";
import { MP3_ENCODER_NAMES } from "./audio/mp3-encoder.ts";
import { applyCourseOverrides } from "./course/course-overrides.ts";
import { generateCourse } from "./render/generate.ts";
import { createProgress, silentProgress } from "./render/progress.ts";
import { renderText } from "./render/render-text.ts";

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
    .option("quiet", { type: "boolean", default: false, describe: "Print only warnings and errors" })
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

/** `--jobs` must name at least one thread. */
function checkJobs(jobs: number): number {
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UserError(
      `--jobs must be a whole number of at least 1 (worker threads), got ${String(jobs)}; ` +
        `leave it out to use every core (${availableParallelism()})`,
    );
  }
  return jobs;
}

function withRenderFlags<T>(argv: Argv<T>) {
  return argv
    .option("config", { type: "string", default: DEFAULT_COURSE_PATH, describe: "The course file" })
    .option("text", { type: "string", describe: "The text to send" })
    .option("text-file", { type: "string", describe: "A UTF-8 file with the text to send" })
    .conflicts("text", "text-file")
    .option("out", { type: "string", demandOption: true, describe: "Output file: x.mp3 or x.wav" })
    .option("cpm", { type: "number", describe: "Character speed in char/min" })
    .option("wpm", { type: "number", describe: "Character speed in words/min" })
    .conflicts("cpm", "wpm")
    .option("effective-cpm", { type: "number", describe: "Farnsworth overall speed in char/min" })
    .option("effective-wpm", { type: "number", describe: "Farnsworth overall speed in words/min" })
    .option("tone-hz", { type: "number", describe: "Pitch (default: the course's merged pitch)" })
    .option("rise-ms", { type: "number", describe: "Rise and fall time of each element" })
    .option("sample-rate", { type: "number", describe: "Sample rate (Hz)" })
    .option("kbps", { type: "number", describe: "MP3 bit rate (kbit/s)" })
    .option("encoder", { type: "string", choices: MP3_ENCODER_NAMES, describe: "MP3 encoder" })
    .option("quiet", { type: "boolean", default: false, describe: "Print only errors" });
}

type RenderFlags = Awaited<ReturnType<typeof withRenderFlags>["argv"]>;

async function renderCommand(flags: RenderFlags): Promise<void> {
  const log = createLogger("render", { quiet: flags.quiet });
  const startedAt = performance.now();
  const text = await readText(flags.text, flags.textFile);
  const loaded = await loadCourse(flags.config);
  const course = applyCourseOverrides(
    loaded,
    {
      cpm: flags.cpm,
      wpm: flags.wpm,
      effectiveCpm: flags.effectiveCpm,
      effectiveWpm: flags.effectiveWpm,
      riseMs: flags.riseMs,
      sampleRate: flags.sampleRate,
      mp3Kbps: flags.kbps,
      mp3Encoder: flags.encoder,
    },
    `${flags.config} with the command's flags`,
  );
  course.warnings.forEach((warning) => log.warn(warning));
  if (flags.toneHz !== undefined && !(flags.toneHz >= 100 && flags.toneHz <= 4000)) {
    throw new UserError(`--tone-hz must be between 100 and 4000, got ${flags.toneHz}`);
  }
  const audio = await renderText({ course, text, outPath: flags.out, toneHz: flags.toneHz });
  const audioS = audio.lengthSamples / course.settings.sampleRate;
  const wallS = (performance.now() - startedAt) / 1000;
  const t = audio.timesMs;
  log.info(
    `${flags.out}: ${audioS.toFixed(1)} s of audio in ${wallS.toFixed(2)} s ` +
      `(${(audioS / wallS).toFixed(0)} audio s/s; synthesis ${t.synthesis.toFixed(0)} ms, ` +
      `wav ${t.wav.toFixed(0)} ms, mp3 ${t.mp3.toFixed(0)} ms, tags ${t.tags.toFixed(0)} ms)`,
  );
}

async function readText(text: string | undefined, textFile: string | undefined): Promise<string> {
  if (text !== undefined) return text;
  if (textFile === undefined) throw new UserError("give the text with --text or --text-file");
  return readFile(textFile, "utf8").catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`--text-file ${textFile}: cannot be read (${code})`, { cause: error });
  });
}

/** Builds the command line parser; exported so tests can drive it in-process. */
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
      (argv) =>
        withCommonFlags(argv)
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
          }),
      async (flags) => {
        const jobs = checkJobs(flags.jobs);
        const prepared = await prepare(flags, "generate");
        const course = applyCourseOverrides(
          prepared.course,
          { mp3Encoder: flags.encoder },
          `${flags.config} with --encoder`,
        );
        const { lessons, log } = prepared;
        await generateCourse({
          course,
          lessons,
          lessonsDir: flags.lessonsDir,
          audioDir: flags.audioDir,
          force: flags.force,
          jobs,
          log,
          progress: flags.quiet ? silentProgress : createProgress(),
        });
      },
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

async function main(): Promise<void> {
  try {
    await buildCli(hideBin(process.argv)).parseAsync();
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`koch: ${error.message.replaceAll("\n", "\nkoch: ")}\n`);
      process.exit(1);
    }
    throw error;
  }
}

await main();
