/**
 * Prints the plain closing line `N passed, N failed` that CI reads, after
 * vitest's own summary (skipped tests, if any, on the line before).
 */
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      if (module.state() === "failed" && module.children.size === 0) counts.failed++;
    }
    counts.failed += errors.length;
    const skipped = counts.skipped > 0 ? `${counts.skipped} skipped\n` : "";
    process.stdout.write(`\n${skipped}${counts.passed} passed, ${counts.failed} failed\n`);
  }
}
