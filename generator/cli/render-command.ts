/**
 * `koch render`: any text to a WAV or MP3 with the course's engine and
 * settings, flags laid over the course file. The same job ebook2cw does,
 * so the two can be compared on identical input.
 */
import { readFile } from "node:fs/promises";
import type { Argv } from "yargs";
import { MP3_ENCODER_NAMES } from "../audio/mp3-encoder.ts";
import { applyCourseOverrides } from "../course/course-overrides.ts";
import { DEFAULT_COURSE_PATH, loadCourse } from "../course/load-course.ts";
import { UserError } from "../errors.ts";
import { unreadableReason } from "../input-file.ts";
import { createLogger } from "../log.ts";
import { renderText } from "../render/render-text.ts";

/** The render command's flags. */
export function withRenderFlags<T>(argv: Argv<T>) {
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

/** The parsed flags of `koch render`. */
export type RenderFlags = Awaited<ReturnType<typeof withRenderFlags>["argv"]>;

/** Renders the text the flags name and reports the speed of each stage. */
export async function renderCommand(flags: RenderFlags): Promise<void> {
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

/** A whole book as text is a few megabytes; more is the wrong file. */
const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

async function readText(text: string | undefined, textFile: string | undefined): Promise<string> {
  if (text !== undefined) return text;
  if (textFile === undefined) throw new UserError("give the text with --text or --text-file");
  try {
    const reason = await unreadableReason(textFile, MAX_TEXT_FILE_BYTES);
    if (reason !== undefined) throw new UserError(`--text-file ${textFile}: ${reason}`);
    return await readFile(textFile, "utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`--text-file ${textFile}: cannot be read (${code})`, { cause: error });
  }
}
