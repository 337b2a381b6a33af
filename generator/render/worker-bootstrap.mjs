// A worker thread starts without the parent's TypeScript loader: register
// tsx in this thread first, then load the TypeScript worker module. Used
// only where esbuild cannot be loaded to bundle the worker (see
// worker-script.ts); registering tsx costs each thread some 20 MB.
import { register } from "tsx/esm/api";

register();
await import("./render-worker.ts");
