/**
 * `npm run bench`: how fast and how lean the audio engine is, against
 * ebook2cw on the same 30-minute text, and on the default course. Speed is
 * a ratio against a reference run in the same command (the machine is
 * noisy), never an absolute time.
 *
 *   npm run bench                         everything (the course takes minutes)
 *   npm run bench -- --skip-course        the 30-minute text only
 *   npm run bench -- --course-encoder wasm-lame
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MP3_ENCODER_NAMES, type Mp3EncoderName } from "../generator/audio/mp3-encoder.ts";
import { benchText } from "./bench-text.ts";
import { splitStages } from "./stage-split.ts";
import { timedRun, type TimedRun } from "./timed-run.ts";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "bench", "out");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "generator", "cli.ts");

/** The comparison settings, given to both tools. */
const WPM = 20;
const TONE_HZ = 700;
const RISE_MS = 5;
const SAMPLE_RATE = 22050;
const KBPS = 32;
const TEXT_MINUTES = 30;

const args = process.argv.slice(2);
const skipCourse = args.includes("--skip-course");
const courseEncoder = args[args.indexOf("--course-encoder") + 1] as Mp3EncoderName | undefined;

const print = (line: string) => process.stdout.write(`${line}\n`);
const fixed = (value: number, places = 2) => value.toFixed(places);
const memory = (run: TimedRun) => (run.peakMb === undefined ? "n/a" : `${fixed(run.peakMb, 0)} MB`);

function ensureEbook2cw(): boolean {
  if (spawnSync("ebook2cw", ["-h"]).error === undefined) return true;
  if (process.getuid?.() !== 0) return false;
  print("installing ebook2cw (Debian package) …");
  spawnSync("apt-get", ["install", "-y", "-qq", "ebook2cw"], { stdio: "ignore" });
  return spawnSync("ebook2cw", ["-h"]).error === undefined;
}

function checked(run: TimedRun, what: string): TimedRun {
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.stderr}`);
  return run;
}

function renderText(textFile: string, encoder: Mp3EncoderName): TimedRun {
  const out = join(OUT, `koch-${encoder}.mp3`);
  const flags = ["--wpm", WPM, "--tone-hz", TONE_HZ, "--rise-ms", RISE_MS, "--sample-rate", SAMPLE_RATE];
  const cli = [CLI, "render", "--config", join(OUT, "empty-course.json"), "--text-file", textFile];
  const all = [...cli, "--out", out, ...flags.map(String), "--kbps", String(KBPS), "--encoder", encoder];
  return checked(timedRun(TSX, all, ROOT), `koch render (${encoder})`);
}

function renderWithEbook2cw(textFile: string): TimedRun {
  const riseSamples = String(Math.round((RISE_MS * SAMPLE_RATE) / 1000));
  const flags = ["-w", String(WPM), "-f", String(TONE_HZ), "-R", riseSamples, "-F", riseSamples];
  const format = ["-s", String(SAMPLE_RATE), "-b", String(KBPS), "-c", "", "-p"];
  return checked(timedRun("ebook2cw", [...flags, ...format, "-o", join(OUT, "ebook2cw"), textFile], OUT), "ebook2cw");
}

async function benchText30(): Promise<void> {
  const text = benchText(TEXT_MINUTES, { wpm: WPM });
  const textFile = join(OUT, "text.txt");
  writeFileSync(textFile, `${text}\n`);
  writeFileSync(join(OUT, "empty-course.json"), "{}\n");
  const audioS = TEXT_MINUTES * 60;
  print(`## ${TEXT_MINUTES}-minute text: ${WPM} wpm, ${TONE_HZ} Hz, ${RISE_MS} ms rise, ${SAMPLE_RATE} Hz, ${KBPS} kbit/s`);

  const reference = ensureEbook2cw() ? renderWithEbook2cw(textFile) : undefined;
  if (reference) {
    print(`ebook2cw:        ${fixed(reference.wallS)} s wall, ${fixed(audioS / reference.wallS, 0)} audio s/s, peak ${memory(reference)}`);
  } else {
    print("ebook2cw: not installed (apt-get install ebook2cw), no comparison");
  }
  for (const encoder of MP3_ENCODER_NAMES) {
    const run = renderText(textFile, encoder);
    const ratio = reference ? `, ${fixed(run.wallS / reference.wallS)}× ebook2cw's wall time` : "";
    print(`koch ${encoder.padEnd(10)} ${fixed(run.wallS)} s wall, ${fixed(audioS / run.wallS, 0)} audio s/s, peak ${memory(run)}${ratio}`);
  }
  await splitStagesReport(text);
}

async function splitStagesReport(text: string): Promise<void> {
  print("## time split in one thread (MP3 and WAV of the same text)");
  for (const encoder of MP3_ENCODER_NAMES) {
    const times = await splitStages(text, encoder, { wpm: WPM, toneHz: TONE_HZ, riseMs: RISE_MS, sampleRate: SAMPLE_RATE, kbps: KBPS });
    const others = times.synthesis + times.wav + times.tags;
    print(
      `${encoder.padEnd(10)} synthesis ${fixed(times.synthesis, 0)} ms, wav ${fixed(times.wav, 0)} ms, ` +
        `tags ${fixed(times.tags, 1)} ms, mp3 ${fixed(times.mp3, 0)} ms; ` +
        `synthesis+wav+tags = ${fixed((100 * others) / times.mp3, 1)} % of mp3`,
    );
  }
}

function benchCourse(): void {
  const dirs = ["--lessons-dir", join(OUT, "course", "lessons"), "--audio-dir", join(OUT, "course", "audio")];
  const encoder = courseEncoder ? ["--encoder", courseEncoder] : [];
  rmSync(join(OUT, "course"), { recursive: true, force: true });
  print(`## default course (content/course.json${courseEncoder ? `, --encoder ${courseEncoder}` : ""})`);
  const full = checked(timedRun(TSX, [CLI, "generate", ...dirs, ...encoder], ROOT), "koch generate");
  const summary = full.stderr.split("\n").find((line) => line.includes("audio:")) ?? "";
  print(`full build: ${fixed(full.wallS, 1)} s wall, peak ${memory(full)}`);
  print(`  ${summary.replace(/^\[generate\] /, "")}`);
  const noop = checked(timedRun(TSX, [CLI, "generate", ...dirs, ...encoder], ROOT), "koch generate (no-op)");
  print(`no-op re-run: ${fixed(noop.wallS, 2)} s wall, peak ${memory(noop)}`);
}

mkdirSync(OUT, { recursive: true });
await benchText30();
if (!skipCourse) benchCourse();
