/** Named character orders an author can pick with `"order": "<name>"`. */

const split = (order: string): readonly string[] => order.split(" ");

/** Character orders by preset name. */
export const ORDER_PRESETS = {
  /** Koch's own experiment (1935): hard letters early, then digits and signs. */
  koch1935: split(
    "L F C K R P X Y Q D B G A N Z U V W J H S I E O M T " + "1 2 3 4 5 6 7 8 9 0 . , ? / =",
  ),
  /** The order of the LCWO online course. */
  lcwo: split("K M U R E S N A P T L W I . J Z = F O Y , V G 5 / Q 9 2 H 3 8 B ? 4 7 C 1 D 6 0 X"),
  /** The order of the KochMorse trainer. */
  kochmorse: split(
    "K M R S U A P T L O W I . N J E F 0 Y , V G 5 / Q 9 Z H 3 8 B ? 4 2 7 C 1 D 6 X = + <SK>",
  ),
} as const satisfies Record<string, readonly string[]>;

/** A preset's name. */
export type OrderPresetName = keyof typeof ORDER_PRESETS;

/** The preset names, for messages and the schema. */
export const ORDER_PRESET_NAMES = Object.keys(ORDER_PRESETS) as OrderPresetName[];

/**
 * Groups of characters that sound alike; Koch found that a course starting
 * with two of the same group trains poorly.
 */
export const SIMILAR_GROUPS: readonly (readonly string[])[] = [
  ["E", "I", "S", "H", "5"],
  ["U", "V", "4"],
  ["D", "B", "6"],
  ["T", "M", "O", "Ch", "0"],
  ["W", "J", "1"],
  ["A", "Ä"],
  ["G", "6"],
];

/** The similarity group shared by two characters, if any. */
export function similarGroupOf(a: string, b: string): readonly string[] | undefined {
  return SIMILAR_GROUPS.find((group) => group.includes(a) && group.includes(b));
}
