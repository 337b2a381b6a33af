/**
 * The bench's fixed text: seeded five-letter groups of the Koch alphabet,
 * as many as fill 30 minutes at the bench speed. Same text every run.
 */
import { tokenize } from "../generator/course/alphabet.ts";
import { resolveSpeed, trackDurationMs, type SpeedSetting } from "../generator/audio/timing.ts";
import { createRandom } from "../generator/text/random.ts";

const LETTERS = "LFCKRPXYQDBGANZUVWJHSIEOMT";

/** Groups of five letters, filling `minutes` at `speed`. */
export function benchText(minutes: number, speed: SpeedSetting): string {
  const random = createRandom("koch-course bench");
  const resolved = resolveSpeed(speed);
  const groups: string[] = [];
  // Add groups in blocks and measure, so the loop stays linear.
  while (trackDurationMs(tokenize(groups.join(" ")), resolved) < minutes * 60_000) {
    for (let i = 0; i < 20; i++) {
      groups.push(Array.from({ length: 5 }, () => LETTERS[random.below(LETTERS.length)]).join(""));
    }
  }
  return groups.join(" ");
}
