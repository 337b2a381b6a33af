/**
 * The worker thread: takes render tasks from the pool one at a time and
 * answers each with its result or its error. Started through
 * `worker-bootstrap.mjs`, which teaches the thread TypeScript first.
 */
import { parentPort } from "node:worker_threads";
import { renderTrackToFiles, type RenderTask } from "./render-track.ts";

/** A task as the pool sends it. */
export interface WorkerRequest {
  id: number;
  task: RenderTask;
}

/** The worker's answer. */
export type WorkerResponse =
  | { id: number; result: Awaited<ReturnType<typeof renderTrackToFiles>> }
  | { id: number; error: { message: string; stack?: string | undefined } };

parentPort?.on("message", (request: WorkerRequest) => {
  renderTrackToFiles(request.task).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies WorkerResponse),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      const response: WorkerResponse = {
        id: request.id,
        error: { message: failure.message, stack: failure.stack },
      };
      parentPort?.postMessage(response);
    },
  );
});
