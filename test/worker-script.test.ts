import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { WorkerResponse } from "../generator/render/render-worker.ts";
import { renderWorkerScript } from "../generator/render/worker-script.ts";
import { trackJob } from "./helpers/track-job.ts";

const job = trackJob();

describe("the render worker's script", () => {
  const script = renderWorkerScript();

  it("is one bundle that needs nothing but Node's built-in modules", () => {
    expect(script.bundled).toBe(true);
    const requires = String(script.source).matchAll(/\brequire\("([^"]+)"\)/g);
    const required = [...requires].map((match) => match[1] ?? "");
    expect(required.length).toBeGreaterThan(0);
    const builtins = new Set(builtinModules);
    expect(required.filter((name) => !builtins.has(name.replace(/^node:/, "")))).toEqual([]);
  });

  it("starts threads without tsx's flags, with a capped heap", () => {
    expect(script.options).toMatchObject({
      eval: true,
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 48 },
    });
  });

  it("renders a track in a thread and answers with each file's size and hash", async () => {
    const folder = mkdtempSync(join(tmpdir(), "koch-worker-script-"));
    const paths = { mp3: join(folder, "t.mp3"), wav: join(folder, "t.wav") };
    const worker = new Worker(script.source, script.options);
    try {
      const response = await new Promise<WorkerResponse>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.postMessage({ id: 1, task: { job, paths } });
      });
      if (!("result" in response)) throw new Error(response.error.message);
      for (const format of ["mp3", "wav"] as const) {
        const bytes = readFileSync(paths[format]);
        expect(response.result.bytes[format]).toBe(bytes.length);
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        expect(response.result.sha256[format]).toBe(sha256);
      }
    } finally {
      await worker.terminate();
    }
  });
});
