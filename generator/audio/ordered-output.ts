/**
 * One sink fed by several streams that run at once, in stream order: the
 * current stream's bytes pass straight through, a later stream's bytes
 * wait in memory until every stream before it has ended. Past a limit of
 * waiting bytes, a later stream is held back (its sink does not resolve,
 * so its encoder stalls on a full pipe): memory stays bounded, and a track
 * whose MP3 is too big to hold half of simply encodes more sequentially.
 */
import type { ByteSink } from "./mp3-encoder.ts";

/** The streams' sinks and the signal that one has ended. */
export interface OrderedOutput {
  /** One sink per stream, in order. */
  sinks: ByteSink[];
  /** Stream `index` has ended and all its bytes are in; call in order, once each. */
  finish(index: number): Promise<void>;
  /** Drops what waits and lets every held-back stream go (after a failure). */
  abort(): void;
}

/** Joins `count` streams into `sink`. */
export function orderedOutput(sink: ByteSink, count: number, limitBytes: number): OrderedOutput {
  const waiting: Uint8Array[][] = Array.from({ length: count }, () => []);
  let current = 0;
  let waitingBytes = 0;
  let aborted = false;
  const wakers: (() => void)[] = [];
  const wake = () => wakers.splice(0).forEach((resolve) => resolve());

  const sinkOf =
    (index: number): ByteSink =>
    async (bytes) => {
      if (aborted) return;
      if (index === current) return sink(bytes);
      // Copied: a sink's bytes may be reused once it resolves.
      waiting[index]?.push(bytes.slice());
      waitingBytes += bytes.length;
      while (!aborted && index !== current && waitingBytes > limitBytes) {
        await new Promise<void>((resolve) => wakers.push(resolve));
      }
    };

  return {
    sinks: Array.from({ length: count }, (_, index) => sinkOf(index)),
    async finish(index) {
      if (index !== current) throw new Error(`stream ${index} finished out of order`);
      const next = waiting[index + 1] ?? [];
      // Bytes that arrive while these are written join the queue, so the
      // next stream passes straight through only once the queue is empty.
      for (let bytes = next.shift(); bytes !== undefined; bytes = next.shift()) {
        waitingBytes -= bytes.length;
        wake();
        await sink(bytes);
      }
      current = index + 1;
      wake();
    },
    abort() {
      aborted = true;
      waiting.forEach((queue) => (queue.length = 0));
      wake();
    },
  };
}
