/**
 * MP3 through the LAME program (Debian's `lame`, LAME 3.100): one process
 * per track, fed raw 16-bit mono PCM on stdin, its MPEG stream read back
 * from stdout. LAME encodes in its own process while this thread
 * synthesises the next chunk, so the two overlap; the pipes' flow control
 * keeps at most a few chunks in flight.
 */
import { spawn, spawnSync, type ChildProcessByStdio } from "node:child_process";
import { endianness } from "node:os";
import type { Readable, Writable } from "node:stream";
import { UserError } from "../errors.ts";
import {
  asBytes,
  type ByteSink,
  type Mp3Encoder,
  type Mp3Settings,
  type Mp3Stream,
} from "./mp3-encoder.ts";

/** The program, looked up on the PATH. */
export const LAME_PROGRAM = "lame";

/** Why the `lame` encoder cannot run here, and what to do about it. */
export const LAME_MISSING_MESSAGE =
  'mp3Encoder "lame" needs the LAME program, and there is no "lame" on the PATH; ' +
  'install it (apt-get install lame) or set mp3Encoder to "lamejs" or "wasm-lame" ' +
  "(--encoder lamejs on the command line)";

/** Enough of LAME's complaints to explain a failure. */
const STDERR_KEEP_CHARS = 2000;

let cachedVersion: string | undefined;

/**
 * The installed LAME's version (`3.100`), read once per thread. It is part
 * of each track's render key, so upgrading LAME renders the tracks again.
 * Throws a `UserError` when the program is missing.
 */
export function lameVersion(): string {
  cachedVersion ??= readLameVersion();
  return cachedVersion;
}

function readLameVersion(): string {
  const result = spawnSync(LAME_PROGRAM, ["--version"], { encoding: "utf8" });
  if (result.error !== undefined) {
    throw new UserError(LAME_MISSING_MESSAGE, { cause: result.error });
  }
  const version = /LAME .*?version (\S+)/.exec(result.stdout)?.[1];
  if (result.status !== 0 || version === undefined) {
    throw new UserError(
      `mp3Encoder "lame": "${LAME_PROGRAM} --version" did not name a LAME version ` +
        `(exit ${String(result.status)}); reinstall it (apt-get install --reinstall lame) ` +
        'or set mp3Encoder to "lamejs" or "wasm-lame"',
    );
  }
  return version;
}

/** LAME wants rates in kHz: 22050 → `22.05`. */
const kHz = (sampleRate: number) => String(sampleRate / 1000);

/** The command line for one track: raw PCM in, bare CBR MPEG out. */
export function lameArguments({ sampleRate, kbps }: Mp3Settings): string[] {
  return [
    ...["-r", "-s", kHz(sampleRate), "--bitwidth", "16", "--signed"],
    endianness() === "LE" ? "--little-endian" : "--big-endian",
    ...["-m", "m", "--cbr", "-b", String(kbps)],
    // LAME picks a lower output rate for low bit rates unless told not to.
    ...["--resample", kHz(sampleRate)],
    // lamejs is fixed at quality 3; the same setting keeps the encoders comparable.
    ...["-q", "3"],
    // No Info (Xing) frame. Its gapless fields (encoder delay and padding)
    // matter to music played back to back, not to drills framed by half a
    // second of silence; a CBR file's duration follows from its size
    // anyway; LAME can fill the frame in only by seeking back in a file,
    // never in a pipe; and the in-process encoders write none, so all
    // three give the same frame layout. ReplayGain would live in that frame.
    ...["-t", "--noreplaygain"],
    // No ID3 options, so LAME writes no tags; id3.ts writes ours.
    ...["--quiet", "-", "-"],
  ];
}

/** The native LAME; throws a `UserError` when the program is missing. */
export function createLameEncoder(): Mp3Encoder {
  lameVersion();
  return { start: startLameStream, encodesHalvesAtOnce: true };
}

type LameProcess = ChildProcessByStdio<Writable, Readable, Readable>;

function startLameStream(settings: Mp3Settings, sink: ByteSink): Mp3Stream {
  const child: LameProcess = spawn(LAME_PROGRAM, lameArguments(settings), {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let aborted = false;
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => (stderr = (stderr + text).slice(-STDERR_KEEP_CHARS)));
  // A write into a pipe LAME has closed fails with EPIPE; the exit status
  // that follows says why, so the write error itself is not the news.
  child.stdin.on("error", () => {});

  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
    child.once("error", (error) => reject(spawnFailure(error)));
    child.once("close", (code, signal) => resolve({ code, signal }));
  });
  // Awaited below, perhaps only after the rejection: mark it handled now.
  exited.catch(() => {});
  const stopped = (how: string) => new Error(`${LAME_PROGRAM} stopped (${how}): ${stderr.trim()}`);
  const pumped = (async () => {
    let wrote = false;
    for await (const bytes of child.stdout as AsyncIterable<Buffer>) {
      wrote = true;
      if (!aborted) await sink(bytes);
    }
    // LAME reports some bad settings and exits 0 having written nothing.
    if (!wrote && !aborted) {
      throw new Error(`${LAME_PROGRAM} wrote no MP3 frames: ${stderr.trim()}`);
    }
  })();
  pumped.catch(() => {});
  const done = (async () => {
    let pumpError: unknown;
    try {
      await pumped;
    } catch (error) {
      // A sink that failed (a full disk) leaves LAME's output nowhere to go.
      pumpError = error;
      child.kill();
    }
    const { code, signal } = await exited;
    if (aborted) return;
    // LAME's own exit status explains more than what followed from it.
    if (code !== 0 && code !== null) throw stopped(`exit ${code}`);
    if (pumpError !== undefined) throw pumpError;
    if (signal !== null) throw stopped(signal);
  })();
  // Settles on its own; a failure is reported by whichever call waits next.
  done.catch(() => {});

  return {
    async write(samples) {
      // The pipe reads straight from the samples' buffer, which synthesis
      // refills for the next chunk, so wait until the kernel has the bytes.
      // LAME still has a pipe's worth (64 kB, 1.5 s of audio) to work on
      // while the next chunk is made.
      const written = new Promise<void>((resolve) => {
        child.stdin.write(asBytes(samples), () => resolve());
      });
      await Promise.race([written, done.then(() => Promise.reject(endedEarly()))]);
    },
    async end() {
      child.stdin.end();
      await done;
    },
    abort() {
      aborted = true;
      child.kill();
    },
  };
}

function spawnFailure(error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? new UserError(LAME_MISSING_MESSAGE, { cause: error }) : error;
}

function endedEarly(): Error {
  return new Error(`${LAME_PROGRAM} exited before it had read the whole track`);
}
