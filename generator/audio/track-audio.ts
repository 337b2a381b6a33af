/**
 * One track from text to file bytes, streamed: the samples are synthesised
 * a chunk at a time and each chunk goes on to the WAV and the MP3 encoder
 * before the next is made, so a thread holds a chunk (or one per half of
 * a track the `lame` encoder takes in two), never a track. The bytes go to
 * sinks the caller gives (files in a worker, memory in tests), so this
 * module does no file I/O and runs the same everywhere.
 */
import { tokenize } from "../course/alphabet.ts";
import { buildId3Tag, type TrackTags } from "./id3.ts";
import {
  ENCODE_CHUNK_SAMPLES,
  type ByteSink,
  type Mp3Encoder,
  type Mp3EncoderName,
  type Mp3Stream,
} from "./mp3-encoder.ts";
import { planMp3Segments, type SampleRange } from "./mp3-segments.ts";
import { orderedOutput, type OrderedOutput } from "./ordered-output.ts";
import { prepareSynthesis, type TrackSynthesis } from "./synthesize.ts";
import type { Speed } from "./timing.ts";
import { wavHeader, wavSampleBytes } from "./wav.ts";

/** The audio formats the engine writes. */
export type AudioFormat = "mp3" | "wav";

/** Everything that decides a track's audio files. */
export interface TrackAudioJob {
  /** The text to send: characters, groups separated by spaces. */
  text: string;
  speed: Speed;
  dotHz: number;
  dashHz: number;
  riseMs: number;
  sampleRate: number;
  mp3Kbps: number;
  mp3Encoder: Mp3EncoderName;
  formats: readonly AudioFormat[];
  /** ID3 tags of the MP3. */
  tags: TrackTags;
}

/**
 * Time of each stage, for the bench and the summary. `mp3` is the time
 * spent waiting on the encoder, which includes handing its bytes to the
 * sink; with the `lame` program it is the part of LAME's work that
 * synthesis could not hide.
 */
export interface StageTimesMs {
  synthesis: number;
  wav: number;
  mp3: number;
  tags: number;
}

/** Where each format's bytes go, in order, header first. */
export type TrackSinks = Partial<Record<AudioFormat, ByteSink>>;

/** A rendered track. */
export interface TrackAudio {
  lengthSamples: number;
  /** Peak amplitude chosen for −16 LUFS (0–1 of full scale). */
  amplitude: number;
  timesMs: StageTimesMs;
}

/**
 * A long track's second half, encoded beside the first, waits in memory
 * for the first to end: 3.6 MB for a 30-minute drill at 32 kbit/s. Past
 * this, the second half is held back and the halves encode in turn.
 */
const WAITING_MP3_LIMIT_BYTES = 4 * 1024 * 1024;

/** Takes one chunk of samples and is done with it when it resolves. */
type ChunkConsumer = (chunk: Int16Array) => Promise<void>;

/**
 * Renders a track into one sink per format in `job.formats`; `encoder`
 * must be the one `job.mp3Encoder` names. On failure the encoder is
 * stopped and the error passed on; the caller discards what its sinks got.
 */
export async function renderTrackAudio(
  job: TrackAudioJob,
  encoder: Mp3Encoder | undefined,
  sinks: TrackSinks,
): Promise<TrackAudio> {
  const clock = createStageClock();
  const synthesis = clock.time("synthesis", () =>
    prepareSynthesis({ ...job, tokens: tokenize(job.text) }),
  );
  const wav = sinkFor(job, sinks, "wav");
  const mp3 = sinkFor(job, sinks, "mp3");
  if (wav) await wav(clock.time("wav", () => wavHeader(synthesis.lengthSamples, job.sampleRate)));
  if (mp3) await mp3(clock.time("tags", () => buildId3Tag(job.tags)));

  const startedAt = performance.now();
  const before = { ...clock.timesMs };
  const { wavWaitMs } = await streamSamples({ job, encoder, synthesis, clock, wav, mp3 });
  if (mp3) {
    // What synthesis and the WAV did not take is the wait on the encoder.
    const { timesMs } = clock;
    const otherMs = timesMs.synthesis - before.synthesis + (timesMs.wav - before.wav) + wavWaitMs;
    timesMs.mp3 = Math.max(0, performance.now() - startedAt - otherMs);
  }
  const { lengthSamples, amplitude } = synthesis;
  return { lengthSamples, amplitude, timesMs: clock.timesMs };
}

/** Stage times, and a way to time synchronous work into them. */
function createStageClock() {
  const timesMs: StageTimesMs = { synthesis: 0, wav: 0, mp3: 0, tags: 0 };
  return {
    timesMs,
    time<T>(stage: keyof StageTimesMs, work: () => T): T {
      const startedAt = performance.now();
      const result = work();
      timesMs[stage] += performance.now() - startedAt;
      return result;
    },
  };
}

/** What `streamSamples` works with. */
interface StreamOptions {
  job: TrackAudioJob;
  encoder: Mp3Encoder | undefined;
  synthesis: TrackSynthesis;
  clock: ReturnType<typeof createStageClock>;
  wav: ByteSink | undefined;
  mp3: ByteSink | undefined;
}

/**
 * The samples, chunk by chunk, into the WAV and the encoder. One pass of
 * synthesis feeds both; an encoder that works outside this thread gets a
 * long track as two halves at once, and the WAV then has a pass of its
 * own. Returns the time spent waiting on the WAV's sink.
 */
async function streamSamples(options: StreamOptions): Promise<{ wavWaitMs: number }> {
  const { job, encoder, synthesis, clock, wav, mp3 } = options;
  let wavWaitMs = 0;
  const toWav: ChunkConsumer | undefined =
    wav &&
    (async (chunk) => {
      const bytes = clock.time("wav", () => wavSampleBytes(chunk));
      const waitFrom = performance.now();
      await wav(bytes);
      wavWaitMs += performance.now() - waitFrom;
    });
  const pump = async (range: SampleRange, consumers: readonly ChunkConsumer[]) => {
    const chunks = synthesis.chunks(ENCODE_CHUNK_SAMPLES, range.fromSample, range.toSample);
    for (;;) {
      const next = clock.time("synthesis", () => chunks.next());
      if (next.done === true) return;
      for (const consume of consumers) await consume(next.value);
    }
  };

  const whole = { fromSample: 0, toSample: synthesis.lengthSamples };
  const ranges = mp3 ? mp3Ranges(synthesis, job, encoder) : [];
  const output = mp3 && orderedOutput(mp3, ranges.length, WAITING_MP3_LIMIT_BYTES);
  const streams = output ? output.sinks.map((sink) => startMp3(job, encoder, sink)) : [];
  const wavRidesAlong = toWav !== undefined && ranges.length === 1;
  const halves = streams.map((stream, index) => {
    const consumers: ChunkConsumer[] = [(chunk) => stream.write(chunk)];
    if (wavRidesAlong && toWav) consumers.unshift(toWav);
    return pump(ranges[index] ?? whole, consumers).then(() => stream.end());
  });
  const work = [...halves];
  if (output) work.push(finishInOrder(halves, output));
  if (toWav && !wavRidesAlong) work.push(pump(whole, [toWav]));
  try {
    await Promise.all(work);
  } catch (error) {
    streams.forEach((stream) => stream.abort());
    output?.abort();
    await Promise.allSettled(work);
    throw error;
  }
  return { wavWaitMs };
}

/** The whole track, or its two halves when the encoder can take them at once. */
function mp3Ranges(
  synthesis: TrackSynthesis,
  job: TrackAudioJob,
  encoder: Mp3Encoder | undefined,
): SampleRange[] {
  if (encoder?.encodesHalvesAtOnce !== true) {
    return [{ fromSample: 0, toSample: synthesis.lengthSamples }];
  }
  return planMp3Segments(synthesis.tones, synthesis.lengthSamples, job.sampleRate);
}

/** The joined stream takes each part's bytes once the parts before it have ended. */
async function finishInOrder(
  halves: readonly Promise<void>[],
  output: OrderedOutput,
): Promise<void> {
  for (let index = 0; index < halves.length; index++) {
    await halves[index];
    await output.finish(index);
  }
}

function startMp3(job: TrackAudioJob, encoder: Mp3Encoder | undefined, sink: ByteSink): Mp3Stream {
  if (encoder === undefined) throw new Error("an MP3 track needs an encoder");
  return encoder.start({ sampleRate: job.sampleRate, kbps: job.mp3Kbps }, sink);
}

function sinkFor(job: TrackAudioJob, sinks: TrackSinks, format: AudioFormat): ByteSink | undefined {
  if (!job.formats.includes(format)) return undefined;
  const sink = sinks[format];
  if (sink === undefined) throw new Error(`a ${format} track needs somewhere to write`);
  return sink;
}
