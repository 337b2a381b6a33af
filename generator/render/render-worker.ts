/**
 * The worker thread: takes render tasks from the pool one at a time and
 * answers each with its result or its error. Started through
 * `worker-bootstrap.mjs`, which teaches the thread TypeScript first.
 */
import { parentPort } from "node:worker_threads";
import { UserError } from "../errors.ts";
import { renderTrackToFiles, type RenderTask } from "./render-track.ts";

/** A task as the pool sends it. */
export interface WorkerRequest {
  id: number;
  task: RenderTask;
}

/** The worker's answer. */
export type WorkerResponse =
  | { id: number; result: Awaited<ReturnType<typeof renderTrackToFiles>> }
  | { id: number; error: WorkerFailure };

/**
 * A failure as it crosses the thread boundary. Errors lose their class on
 * the way, so `userError` says whether the message is meant for the user
 * (a full disk, say) or is a bug that keeps its stack.
 */
export interface WorkerFailure {
  message: string;
  stack?: string | undefined;
  userError: boolean;
}

parentPort?.on("message", (request: WorkerRequest) => {
  renderTrackToFiles(request.task).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies WorkerResponse),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      const response: WorkerResponse = {
        id: request.id,
        error: {
          message: failure.message,
          stack: failure.stack,
          userError: failure instanceof UserError,
        },
      };
      parentPort?.postMessage(response);
    },
  );
});
