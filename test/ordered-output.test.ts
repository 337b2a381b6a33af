import { describe, expect, it } from "vitest";
import { orderedOutput } from "../generator/audio/ordered-output.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);

function collector() {
  const seen: number[] = [];
  return { seen, sink: async (data: Uint8Array) => void seen.push(...data) };
}

describe("ordered output", () => {
  it("passes the first stream through and puts a later stream's bytes after it", async () => {
    const { seen, sink } = collector();
    const output = orderedOutput(sink, 2, 1024);
    const [first, second] = output.sinks;
    await second?.(bytes(20, 21));
    await first?.(bytes(1, 2));
    expect(seen).toEqual([1, 2]);
    await output.finish(0);
    await second?.(bytes(22));
    await output.finish(1);
    expect(seen).toEqual([1, 2, 20, 21, 22]);
  });

  it("holds a later stream back once its waiting bytes pass the limit", async () => {
    const { seen, sink } = collector();
    const output = orderedOutput(sink, 2, 2);
    let released = false;
    const held = output.sinks[1]?.(bytes(7, 8, 9)).then(() => (released = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(released).toBe(false);
    await output.finish(0);
    await held;
    expect([released, seen]).toEqual([true, [7, 8, 9]]);
  });

  it("copies waiting bytes, since a sink's bytes may be reused once it resolves", async () => {
    const { seen, sink } = collector();
    const output = orderedOutput(sink, 2, 1024);
    const reused = bytes(5, 6);
    await output.sinks[1]?.(reused);
    reused.fill(0);
    await output.finish(0);
    expect(seen).toEqual([5, 6]);
  });

  it("lets a held-back stream go and drops its bytes when aborted", async () => {
    const { seen, sink } = collector();
    const output = orderedOutput(sink, 2, 0);
    const held = output.sinks[1]?.(bytes(1));
    output.abort();
    await held;
    await output.sinks[0]?.(bytes(2));
    expect(seen).toEqual([]);
  });

  it("refuses to finish a stream before the ones ahead of it", async () => {
    const output = orderedOutput(async () => {}, 2, 0);
    await expect(output.finish(1)).rejects.toThrow("stream 1 finished out of order");
  });
});
