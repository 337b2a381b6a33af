/**
 * Drill text: random groups over a lesson's characters, as many as fit in
 * the track's minutes by the timing model (lead-in and tail included), so a
 * 5-minute drill lasts at most 5 minutes, and as close to it as a group allows.
 */
import {
  TRACK_LEAD_IN_MS,
  TRACK_TAIL_MS,
  unitsOf,
  unitsToMs,
  type Speed,
} from "../audio/timing.ts";
import { createCharacterStream } from "./character-stream.ts";
import type { Random } from "./random.ts";

/** What a drill is made of. */
export interface DrillTextOptions {
  /** Every character of the lesson. */
  characters: readonly string[];
  /** The characters to favour; all characters equally if this is all of them. */
  focus: readonly string[];
  /** Share of the characters that are focus characters. */
  focusShare: number;
  /** Characters in a group. */
  groupSize: number;
  /** The whole track's length, lead-in and tail included. */
  trackMinutes: number;
  speed: Speed;
  random: Random;
}

/** Groups of characters (each a list of tokens) that fill the track. */
export function generateDrillGroups(options: DrillTextOptions): string[][] {
  const { groupSize, speed } = options;
  const nextCharacter = createCharacterStream(options);
  const textBudgetMs = options.trackMinutes * 60_000 - TRACK_LEAD_IN_MS - TRACK_TAIL_MS;
  const groups: string[][] = [];
  const tokens: string[] = [];

  for (;;) {
    const group = Array.from({ length: groupSize }, nextCharacter);
    const candidate = tokens.length > 0 ? [...tokens, " ", ...group] : group;
    const fits = unitsToMs(unitsOf(candidate), speed) <= textBudgetMs;
    if (!fits && groups.length > 0) return groups;
    groups.push(group);
    tokens.splice(0, tokens.length, ...candidate);
    if (!fits) return groups;
  }
}

/** Groups as text: characters joined, groups separated by one space. */
export function groupsToText(groups: readonly (readonly string[])[]): string {
  return groups.map((group) => group.join("")).join(" ");
}
