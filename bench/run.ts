/**
 * `npm run bench`: how fast and how lean the audio engine is, against
 * ebook2cw on the same 30-minute text, and on the default course. Speed is
 * a ratio against a reference run in the same command (the machine is
 * noisy), never an absolute time; each tool runs in turn, several rounds,
 * and the medians are compared.
 *
 *   npm run bench                              everything (the courses take minutes)
 *   npm run bench -- --skip-course             the 30-minute text only
 *   npm run bench -- --rounds 5                more rounds of the text
 *   npm run bench -- --course-encoders lamejs  the course with these encoders only
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
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const skipCourse = args.includes("--skip-course");
const rounds = Number(flag("--rounds") ?? 3);
const courseEncoders = (flag("--course-encoders")?.split(",") ??
  MP3_ENCODER_NAMES) as readonly Mp3EncoderName[];

const print = (line: string) => process.stdout.write(`${line}\n`);
const fixed = (value: number, places = 2) => value.toFixed(places);
const mb = (value: number | undefined) => (value === undefined ? "n/a" : `${fixed(value, 0)} MB`);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
};

function ensureEbook2cw(): boolean {
  if (spawnSync("ebook2cw", ["-h"]).error === undefined) return true;
  if (process.getuid?.() !== 0) return false;
  print("installing ebook2cw (Debian package) …");
  spawnSync("apt-get", ["install", "-y", "-qq", "ebook2cw"], { stdio: "ignore" });
  return spawnSync("ebook2cw", ["-h"]).error === undefined;
}

async function checked(run: Promise<TimedRun>, what: string): Promise<TimedRun> {
  const done = await run;
  if (done.status !== 0) throw new Error(`${what} failed:\n${done.stderr}`);
  return done;
}

function renderText(textFile: string, encoder: Mp3EncoderName): Promise<TimedRun> {
  const out = join(OUT, `koch-${encoder}.mp3`);
  const settings = [
    ...["--wpm", WPM, "--tone-hz", TONE_HZ, "--rise-ms", RISE_MS],
    ...["--sample-rate", SAMPLE_RATE, "--kbps", KBPS, "--encoder", encoder],
  ].map(String);
  const cli = [CLI, "render", "--config", join(OUT, "empty-course.json"), "--text-file", textFile];
  const all = [...cli, "--out", out, ...settings];
  return checked(timedRun(TSX, all, ROOT), `koch render (${encoder})`);
}

function renderWithEbook2cw(textFile: string): Promise<TimedRun> {
  const riseSamples = String(Math.round((RISE_MS * SAMPLE_RATE) / 1000));
  const flags = ["-w", String(WPM), "-f", String(TONE_HZ), "-R", riseSamples, "-F", riseSamples];
  const format = ["-s", String(SAMPLE_RATE), "-b", String(KBPS), "-c", "", "-p"];
  const all = [...flags, ...format, "-o", join(OUT, "ebook2cw"), textFile];
  return checked(timedRun("ebook2cw", all, OUT), "ebook2cw");
}

/** One tool's line: medians over the rounds, and the largest memory seen. */
function describeRuns(
  label: string,
  runs: readonly TimedRun[],
  audioS: number,
  reference?: readonly TimedRun[],
) {
  const wallS = median(runs.map((run) => run.wallS));
  const cpuS = runs.map((run) => run.cpuS);
  const cpu = cpuS.every((s) => s !== undefined) ? `, cpu ${fixed(median(cpuS))} s` : "";
  const peak = Math.max(...runs.map((run) => run.peakMb ?? 0));
  const tree = Math.max(...runs.map((run) => run.treeMb ?? 0));
  let ratio = "";
  if (reference) {
    const referenceS = median(reference.map((run) => run.wallS));
    const perRound = runs.map((run, i) => run.wallS / (reference[i]?.wallS ?? Number.NaN));
    const spread = `rounds ${fixed(Math.min(...perRound))}–${fixed(Math.max(...perRound))}`;
    ratio = `; ${fixed(wallS / referenceS)}× ebook2cw's wall time (${spread})`;
  }
  print(
    `${label.padEnd(15)} ${fixed(wallS)} s wall${cpu}, ${fixed(audioS / wallS, 0)} audio s/s, ` +
      `peak ${mb(peak || undefined)} (tree ${mb(tree || undefined)})${ratio}`,
  );
}

async function benchText30(): Promise<void> {
  const text = benchText(TEXT_MINUTES, { wpm: WPM });
  const textFile = join(OUT, "text.txt");
  writeFileSync(textFile, `${text}\n`);
  writeFileSync(join(OUT, "empty-course.json"), "{}\n");
  const audioS = TEXT_MINUTES * 60;
  print(
    `## ${TEXT_MINUTES}-minute text: ${WPM} wpm, ${TONE_HZ} Hz, ${RISE_MS} ms rise, ` +
      `${SAMPLE_RATE} Hz, ${KBPS} kbit/s`,
  );
  print(
    `(median of ${rounds} rounds, the tools in turn; ` +
      "peak: largest process; tree: all its processes)",
  );

  const hasEbook2cw = ensureEbook2cw();
  const reference: TimedRun[] = [];
  const ours = new Map<Mp3EncoderName, TimedRun[]>(MP3_ENCODER_NAMES.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    if (hasEbook2cw) reference.push(await renderWithEbook2cw(textFile));
    for (const encoder of MP3_ENCODER_NAMES) {
      ours.get(encoder)?.push(await renderText(textFile, encoder));
    }
  }
  if (hasEbook2cw) describeRuns("ebook2cw:", reference, audioS);
  else print("ebook2cw: not installed (apt-get install ebook2cw), no comparison");
  for (const [encoder, runs] of ours) {
    describeRuns(`koch ${encoder}`, runs, audioS, hasEbook2cw ? reference : undefined);
  }
  await splitStagesReport(text);
}

async function splitStagesReport(text: string): Promise<void> {
  print("## time split in one thread (MP3 and WAV of the same text)");
  const settings = { wpm: WPM, toneHz: TONE_HZ, riseMs: RISE_MS, sampleRate: SAMPLE_RATE };
  for (const encoder of MP3_ENCODER_NAMES) {
    const times = await splitStages(text, encoder, { ...settings, kbps: KBPS });
    const others = times.synthesis + times.wav + times.tags;
    print(
      `${encoder.padEnd(10)} synthesis ${fixed(times.synthesis, 0)} ms, ` +
        `wav ${fixed(times.wav, 0)} ms, ` +
        `tags ${fixed(times.tags, 1)} ms, mp3 ${fixed(times.mp3, 0)} ms; ` +
        `synthesis+wav+tags = ${fixed((100 * others) / times.mp3, 1)} % of mp3`,
    );
  }
}

async function benchCourse(encoder: Mp3EncoderName): Promise<void> {
  const folder = join(OUT, `course-${encoder}`);
  const dirs = ["--lessons-dir", join(folder, "lessons"), "--audio-dir", join(folder, "audio")];
  const generate = [CLI, "generate", ...dirs, "--encoder", encoder];
  rmSync(folder, { recursive: true, force: true });
  print(`## default course (content/course.json, --encoder ${encoder})`);
  const full = await checked(timedRun(TSX, generate, ROOT), "koch generate");
  const summary = full.stderr.split("\n").find((line) => line.includes("audio:")) ?? "";
  const cpu = full.cpuS === undefined ? "" : `, cpu ${fixed(full.cpuS, 1)} s`;
  const memory = (run: TimedRun) => `peak ${mb(run.peakMb)} (tree ${mb(run.treeMb)})`;
  print(`full build: ${fixed(full.wallS, 1)} s wall${cpu}, ${memory(full)}`);
  print(`  ${summary.replace(/^\[generate\] /, "")}`);
  const noop = await checked(timedRun(TSX, generate, ROOT), "koch generate (no-op)");
  print(`no-op re-run: ${fixed(noop.wallS, 2)} s wall, ${memory(noop)}`);
  rmSync(folder, { recursive: true, force: true });
}

mkdirSync(OUT, { recursive: true });
await benchText30();
if (!skipCourse) for (const encoder of courseEncoders) await benchCourse(encoder);
