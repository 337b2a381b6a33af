/**
 * Render progress on stderr: a bar redrawn in place on a terminal (tracks
 * done, audio minutes, time left), plain lines elsewhere and under CI.
 */

/** Counts a render reports as it goes. */
export interface ProgressCounts {
  tracksDone: number;
  tracksTotal: number;
  audioSecondsDone: number;
  audioSecondsTotal: number;
}

/** Receives progress; `finish` clears the bar before the summary prints. */
export interface Progress {
  update(counts: ProgressCounts): void;
  /** A plain line, printed without breaking the bar. */
  line(message: string): void;
  finish(): void;
}

/** Shows nothing, for quiet runs and tests. */
export const silentProgress: Progress = { update: () => {}, line: () => {}, finish: () => {} };

const BAR_CELLS = 24;

/** A bar on a terminal, lines otherwise. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const startedAt = performance.now();
  const live = stream.isTTY === true && !process.env["CI"];
  let lastLineAt = 0;
  let drawn = false;

  const describe = (counts: ProgressCounts): string => {
    const share =
      counts.audioSecondsTotal > 0 ? counts.audioSecondsDone / counts.audioSecondsTotal : 1;
    const elapsedS = (performance.now() - startedAt) / 1000;
    const leftS = share > 0 ? (elapsedS * (1 - share)) / share : Number.NaN;
    const minutes = (seconds: number) => (seconds / 60).toFixed(1);
    return (
      `${counts.tracksDone}/${counts.tracksTotal} tracks, ` +
      `${minutes(counts.audioSecondsDone)}/${minutes(counts.audioSecondsTotal)} audio min, ` +
      `${Number.isFinite(leftS) ? `${Math.ceil(leftS)} s left` : "estimating"}`
    );
  };

  return {
    update(counts) {
      if (live) {
        const share = counts.tracksTotal > 0 ? counts.tracksDone / counts.tracksTotal : 1;
        const filled = Math.round(share * BAR_CELLS);
        const bar = `${"█".repeat(filled)}${"░".repeat(BAR_CELLS - filled)}`;
        stream.write(`\r[render] ${bar} ${describe(counts)}\u001b[K`);
        drawn = true;
        return;
      }
      // Plain output: a line every ten seconds and at the end, not per track.
      const now = performance.now();
      if (now - lastLineAt < 10_000 && counts.tracksDone < counts.tracksTotal) return;
      lastLineAt = now;
      stream.write(`[render] ${describe(counts)}\n`);
    },
    line(message) {
      if (drawn) stream.write("\r\u001b[K");
      stream.write(`${message}\n`);
    },
    finish() {
      if (drawn) stream.write("\r\u001b[K");
      drawn = false;
    },
  };
}
