/**
 * What a render worker runs. A thread starts without the parent's
 * TypeScript loader, and registering tsx in each thread costs some 20 MB
 * a thread (a loader thread of its own and esbuild's API) plus 10 MB for
 * tsx's start-up flags it would inherit. So the worker's modules are
 * bundled once per process, with esbuild, into one plain CommonJS program
 * that the threads evaluate with no flags: about 120 ms once, and the
 * threads start lean. Where esbuild cannot be loaded, the threads fall
 * back to `worker-bootstrap.mjs`, which registers tsx.
 *
 * Each thread's heap is capped. lamejs allocates at a furious rate, and
 * V8 otherwise grows a thread's young generation to 34 MB and lets its
 * old generation fill with dead objects to some 25 MB before it collects
 * them; the live heap is under 10 MB. With a 16 MB young and a 48 MB old
 * generation a lamejs thread's heap peaked at 37 MB instead of 57 MB and
 * used the same CPU time (three 5-minute tracks, three runs each). An
 * 8 MB young generation saved 10 MB more but cost 30-40 % more CPU time.
 * A thread whose live heap outgrew 48 MB would stop with an out-of-memory
 * error; a streamed track keeps a few MB live, whatever its length.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { WorkerOptions } from "node:worker_threads";

/** Where a worker's code comes from and how to start it. */
export interface WorkerScript {
  /** A program to evaluate, or the module to load. */
  source: string | URL;
  options: WorkerOptions;
  /** Whether the threads run the bundle (false: the tsx fallback). */
  bundled: boolean;
}

const ENTRY = new URL("./render-worker.ts", import.meta.url);
const BOOTSTRAP = new URL("./worker-bootstrap.mjs", import.meta.url);
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 48 };

/** esbuild's build API, as far as it is used here. */
interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles?: { text: string }[] };
  stop(): Promise<void>;
}

let bundle: string | undefined;

/** The render worker's script, bundled on first use in this process. */
export function renderWorkerScript(): WorkerScript {
  const esbuild = loadEsbuild();
  if (esbuild === undefined) {
    // The bootstrap registers tsx itself; tsx's inherited flags would only add weight.
    const options = { execArgv: [], resourceLimits: RESOURCE_LIMITS };
    return { source: BOOTSTRAP, options, bundled: false };
  }
  bundle ??= bundleWorker(esbuild);
  return {
    source: bundle,
    options: { eval: true, execArgv: [], resourceLimits: RESOURCE_LIMITS },
    bundled: true,
  };
}

/**
 * esbuild comes with tsx, which runs the generator, so it is resolved the
 * way tsx resolves it rather than declared a second time.
 */
function loadEsbuild(): Esbuild | undefined {
  try {
    const fromTsx = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"));
    return fromTsx("esbuild") as Esbuild;
  } catch {
    return undefined;
  }
}

function bundleWorker(esbuild: Esbuild): string {
  const result = buildAndStop(esbuild, {
    entryPoints: [fileURLToPath(ENTRY)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Stack traces of a failing worker keep the functions' names.
    keepNames: true,
    write: false,
    logLevel: "silent",
  });
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined) throw new Error("esbuild returned no bundle of the render worker");
  return text;
}

/**
 * esbuild's synchronous API runs in a thread of its own that would stay
 * for the life of the process (some 18 MB); one bundle is all it is for.
 */
function buildAndStop(esbuild: Esbuild, options: Record<string, unknown>) {
  try {
    return esbuild.buildSync(options);
  } finally {
    void esbuild.stop();
  }
}
