// A worker thread starts without the parent's TypeScript loader: register
// tsx in this thread first, then load the TypeScript worker module.
import { register } from "tsx/esm/api";

register();
await import("./render-worker.ts");
