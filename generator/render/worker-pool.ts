/**
 * A fixed pool of worker threads. `p-limit` keeps at most one task per
 * worker in flight, so a task always finds an idle worker and memory stays
 * at one track per thread however large the course is.
 */
import { Worker } from "node:worker_threads";
import pLimit from "p-limit";
import { UserError } from "../errors.ts";
import type { RenderResult, RenderTask } from "./render-track.ts";
import type { WorkerRequest, WorkerResponse } from "./render-worker.ts";
import { renderWorkerScript, type WorkerScript } from "./worker-script.ts";

/** Renders tasks on a fixed number of threads. */
export interface WorkerPool {
  run(task: RenderTask): Promise<RenderResult>;
  /**
   * Fails every task that has not started yet with `reason`, so that a run
   * that has already failed (a full disk, say) stops without rendering the
   * rest of its queue; running tasks finish.
   */
  abort(reason: unknown): void;
  /** Stops every thread; queued tasks are dropped. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

/** Starts `size` worker threads. */
export function createWorkerPool(size: number): WorkerPool {
  const busy = new Map<Worker, Pending>();
  const script = renderWorkerScript();
  const all = Array.from({ length: size }, () => startWorker(busy, script));
  const idle = [...all];
  const limit = pLimit(size);
  let nextId = 0;
  let aborted: { reason: unknown } | undefined;

  const runOn = (worker: Worker, task: RenderTask) =>
    new Promise<RenderResult>((resolve, reject) => {
      busy.set(worker, { resolve, reject });
      // A busy worker keeps the process alive; an idle one must not.
      worker.ref();
      worker.postMessage({ id: nextId++, task } satisfies WorkerRequest);
    });

  return {
    run: (task) =>
      limit(async () => {
        if (aborted) throw aborted.reason;
        const worker = idle.pop();
        if (worker === undefined) throw new Error("worker pool: no idle worker");
        try {
          return await runOn(worker, task);
        } finally {
          worker.unref();
          idle.push(worker);
        }
      }),
    abort: (reason) => {
      aborted ??= { reason };
    },
    close: async () => {
      limit.clearQueue();
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}

function startWorker(busy: Map<Worker, Pending>, script: WorkerScript): Worker {
  const worker = new Worker(script.source, script.options);
  const settle = () => {
    const waiter = busy.get(worker);
    busy.delete(worker);
    return waiter;
  };
  worker.on("message", (response: WorkerResponse) => {
    const waiter = settle();
    if ("result" in response) {
      waiter?.resolve(response.result);
      return;
    }
    const { message, stack, userError } = response.error;
    if (userError) {
      waiter?.reject(new UserError(message));
      return;
    }
    const error = new Error(message);
    if (stack !== undefined) error.stack = stack;
    waiter?.reject(error);
  });
  worker.on("error", (error) => settle()?.reject(error));
  worker.on("exit", (code) => settle()?.reject(new Error(`render worker stopped (exit ${code})`)));
  worker.unref();
  return worker;
}
