import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { LAME_MISSING_MESSAGE } from "../generator/audio/lame-encoder.ts";
import { TEMP_PREFIX } from "../generator/render/atomic-write.ts";
import type { LessonRecord } from "../generator/records/lesson-record.ts";
import { mp3valProblems, readWav } from "./helpers/audio-read.ts";
import { runKochChild, startKochChild } from "./helpers/koch-cli.ts";
import { decodeMorse } from "./helpers/morse-decoder.ts";

const root = mkdtempSync(join(tmpdir(), "koch-cli-"));

describe("koch render", () => {
  it("renders text to a WAV with the flags' speed and pitch", () => {
    const out = join(root, "paris.wav");
    const run = runKochChild([
      "render",
      "--text",
      "paris paris",
      "--out",
      out,
      "--wpm",
      "20",
      "--tone-hz",
      "600",
    ]);
    expect(run.status, run.stderr).toBe(0);
    const wav = readWav(readFileSync(out));
    // 2 × PARIS at 20 wpm: 50 + 43 units of 60 ms (no word gap after the last), plus 1 s of framing.
    expect(wav.samples.length).toBe(Math.round((93 * 60 + 1000) * 22.05));
    expect(decodeMorse(wav.samples, 22050).text).toBe("PARIS PARIS");
  });

  it("renders a text file to a valid MP3", () => {
    const textFile = join(root, "text.txt");
    writeFileSync(textFile, "cq de <ar>\n");
    const out = join(root, "cq.mp3");
    const run = runKochChild([
      "render",
      "--text-file",
      textFile,
      "--out",
      out,
      "--encoder",
      "wasm-lame",
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(mp3valProblems(out)).toEqual([]);
  });

  it("refuses characters without Morse code, an unknown format and zero jobs", () => {
    const bad = runKochChild(["render", "--text", "a€b", "--out", join(root, "x.wav")]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('koch: the text has characters with no Morse code: "€"');
    const ogg = runKochChild(["render", "--text", "a", "--out", join(root, "x.ogg")]);
    expect(ogg.stderr).toContain("name an .mp3 or .wav file");
    const jobs = runKochChild(["generate", "--jobs", "0"]);
    expect(jobs.status).toBe(1);
    expect(jobs.stderr).toContain(
      "koch: --jobs must be a whole number from 1 to 32 (worker threads), got 0",
    );
  });
});

describe("koch with the lame encoder", () => {
  it("renders the same valid MP3 twice", () => {
    // The same name in two folders: the file name is the MP3's title.
    const outs = ["lame-1", "lame-2"].map((dir) => join(mkdtempSync(join(root, dir)), "cq.mp3"));
    for (const out of outs) {
      const run = runKochChild([
        "render",
        "--text",
        "cq cq de koch",
        "--out",
        out,
        "--encoder",
        "lame",
      ]);
      expect(run.status, run.stderr).toBe(0);
    }
    expect(mp3valProblems(outs[0] ?? "")).toEqual([]);
    expect(readFileSync(outs[0] ?? "").equals(readFileSync(outs[1] ?? ""))).toBe(true);
  });

  it("refuses up front, naming the setting and the fix, when the program is missing", () => {
    // A PATH with node on it and no lame.
    const bin = mkdtempSync(join(tmpdir(), "koch-no-lame-"));
    symlinkSync(process.execPath, join(bin, "node"));
    const run = (args: string[]) => {
      const tsx = join(import.meta.dirname, "..", "node_modules", ".bin", "tsx");
      const cli = join(import.meta.dirname, "..", "generator", "cli.ts");
      const env = { ...process.env, PATH: bin };
      return spawnSync(tsx, [cli, ...args], { encoding: "utf8", env });
    };
    const dirs = [
      ...["--lessons-dir", join(root, "no-lame", "lessons")],
      ...["--audio-dir", join(root, "no-lame", "audio")],
    ];
    const generate = run(["generate", "--lessons", "1", "--encoder", "lame", ...dirs]);
    expect(generate.status).toBe(1);
    expect(generate.stderr).toBe(`koch: ${LAME_MISSING_MESSAGE}\n`);
    expect(LAME_MISSING_MESSAGE).toBe(
      'mp3Encoder "lame" needs the LAME program, and there is no "lame" on the PATH; ' +
        'install it (apt-get install lame) or set mp3Encoder to "lamejs" or "wasm-lame" ' +
        "(--encoder lamejs on the command line)",
    );
    expect(existsSync(join(root, "no-lame"))).toBe(false);
    const render = (out: string) =>
      run(["render", "--text", "e", "--out", out, "--encoder", "lame"]);
    const mp3 = render(join(root, "no-lame.mp3"));
    expect([mp3.status, mp3.stderr]).toEqual([1, `koch: ${LAME_MISSING_MESSAGE}\n`]);
    // A WAV needs no encoder.
    const wav = render(join(root, "no-lame.wav"));
    expect(wav.status, wav.stderr).toBe(0);
  });
});

describe("an interrupted koch generate", () => {
  it("leaves no partial file, and the next run finishes the job", async () => {
    const config = join(root, "course.json");
    writeFileSync(
      config,
      JSON.stringify({
        order: ["K", "M"],
        drillsPerLesson: 2,
        drillMinutes: 0.5,
        newSoundMinutes: 0.25,
      }),
    );
    const dirs = ["--lessons-dir", join(root, "lessons"), "--audio-dir", join(root, "audio")];
    const lessonAudio = join(root, "audio", "01");
    const finished = () =>
      (existsSync(lessonAudio) ? readdirSync(lessonAudio) : []).filter((n) =>
        /\.(mp3|wav)$/.test(n),
      );

    const child = startKochChild(["generate", "--config", config, "--jobs", "1", ...dirs]);
    while (finished().length === 0 && child.process.exitCode === null) await sleep(10);
    child.process.kill("SIGKILL");
    await child.exited;
    expect(existsSync(join(root, "lessons", "01.json"))).toBe(false);
    for (const name of finished()) {
      const bytes = readFileSync(join(lessonAudio, name));
      if (name.endsWith(".wav")) expect(readWav(bytes).samples.length * 2 + 44).toBe(bytes.length);
      else expect(mp3valProblems(join(lessonAudio, name))).toEqual([]);
    }

    const rerun = runKochChild(["generate", "--config", config, ...dirs]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(readdirSync(lessonAudio).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
    const record = JSON.parse(
      readFileSync(join(root, "lessons", "01.json"), "utf8"),
    ) as LessonRecord;
    for (const track of record.tracks) {
      const wav = readWav(readFileSync(join(lessonAudio, `${track.id}.wav`)));
      expect(decodeMorse(wav.samples, 22050).text).toBe(track.text);
      expect(mp3valProblems(join(lessonAudio, `${track.id}.mp3`))).toEqual([]);
    }
  });
});
