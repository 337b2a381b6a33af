/**
 * The running count of a render: tracks rendered and skipped, audio
 * minutes, bytes per format and time per stage, for the progress bar and
 * the closing summary.
 */
import type { AudioFormat, StageTimesMs } from "../audio/track-audio.ts";
import type { LessonRecord, TrackRecord } from "../records/lesson-record.ts";
import type { ProgressCounts } from "./progress.ts";
import type { TrackOutcome } from "./track-files.ts";

/** Counts of a run so far. */
export interface RenderTally {
  progress: ProgressCounts;
  rendered: number;
  skipped: number;
  /** Seconds of audio rendered (skipped tracks not counted). */
  renderedAudioSeconds: number;
  bytesWritten: Record<AudioFormat, number>;
  /** Thread time per stage, summed over the workers. */
  stageMs: StageTimesMs & { write: number };
}

/** An empty tally for the tracks of these lessons. */
export function newRenderTally(records: readonly LessonRecord[]): RenderTally {
  const tracks = records.flatMap((record) => record.tracks);
  return {
    progress: {
      tracksDone: 0,
      tracksTotal: tracks.length,
      audioSecondsDone: 0,
      audioSecondsTotal: tracks.reduce((sum, track) => sum + track.durationSeconds, 0),
    },
    rendered: 0,
    skipped: 0,
    renderedAudioSeconds: 0,
    bytesWritten: { mp3: 0, wav: 0 },
    stageMs: { synthesis: 0, wav: 0, mp3: 0, tags: 0, write: 0 },
  };
}

/** Counts one finished track. */
export function tallyTrack(tally: RenderTally, track: TrackRecord, outcome: TrackOutcome): void {
  tally.progress.tracksDone++;
  tally.progress.audioSecondsDone += track.durationSeconds;
  if (!outcome.rendered) {
    tally.skipped++;
    return;
  }
  tally.rendered++;
  tally.renderedAudioSeconds += track.durationSeconds;
  const { result } = outcome;
  for (const [format, bytes] of Object.entries(result.bytes) as [AudioFormat, number][]) {
    tally.bytesWritten[format] += bytes;
  }
  for (const stage of Object.keys(tally.stageMs) as (keyof RenderTally["stageMs"])[]) {
    tally.stageMs[stage] += result.timesMs[stage];
  }
}

/** One line: rendered and skipped, audio minutes, megabytes, wall time, speed. */
export function formatRenderSummary(tally: RenderTally, elapsedMs: number): string {
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  const elapsedS = elapsedMs / 1000;
  const speed = elapsedS > 0 ? tally.renderedAudioSeconds / elapsedS : 0;
  return (
    `audio: ${tally.rendered} tracks rendered, ${tally.skipped} skipped; ` +
    `${(tally.renderedAudioSeconds / 60).toFixed(1)} audio min; ` +
    `written mp3 ${megabytes(tally.bytesWritten.mp3)} MB, wav ${megabytes(tally.bytesWritten.wav)} MB; ` +
    `${elapsedS.toFixed(1)} s wall, ${speed.toFixed(0)} audio s/s`
  );
}
