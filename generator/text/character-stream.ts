/**
 * An endless stream of characters in set proportions. Characters are drawn
 * without replacement from a "bag" that holds each one in its exact share,
 * so the share of the focus characters is right in every stretch of a
 * drill, not just on average; every other character appears once a bag.
 */
import type { Random } from "./random.ts";

/** What to draw and how often. */
export interface CharacterStreamOptions {
  /** Every character of the lesson. */
  characters: readonly string[];
  /** The characters to favour (the new one); all equal if this is all. */
  focus: readonly string[];
  /** Share of draws that are focus characters, 0–1. */
  focusShare: number;
  random: Random;
}

/** Most identical characters allowed in a row. */
export const MAX_RUN = 2;

/**
 * Bag counts: each other character `perOther` times and each focus character
 * `perFocus` times, the smallest bag whose share is within half a per cent.
 */
export function bagCounts(otherCount: number, focusCount: number, focusShare: number) {
  if (otherCount === 0) return { perFocus: 1, perOther: 0 };
  let best = { perFocus: 1, perOther: 1, error: Infinity };
  for (let perOther = 1; perOther <= 12; perOther++) {
    const focusTotal = (focusShare * otherCount * perOther) / (1 - focusShare);
    const perFocus = Math.max(1, Math.round(focusTotal / focusCount));
    const share = (perFocus * focusCount) / (perFocus * focusCount + perOther * otherCount);
    const error = Math.abs(share - focusShare);
    if (error < best.error) best = { perFocus, perOther, error };
    if (error < 0.005) break;
  }
  return { perFocus: best.perFocus, perOther: best.perOther };
}

/** Returns a function that yields the next character of the stream. */
export function createCharacterStream(options: CharacterStreamOptions): () => string {
  const { characters, focus, focusShare, random } = options;
  const others = characters.filter((c) => !focus.includes(c));
  const { perFocus, perOther } = bagCounts(others.length, focus.length, focusShare);
  const fullBag = [
    ...focus.flatMap((c) => Array<string>(perFocus).fill(c)),
    ...others.flatMap((c) => Array<string>(perOther).fill(c)),
  ];
  let bag: string[] = [];
  const recent: string[] = [];

  return () => {
    const last = recent.at(-1);
    const forbidden = recent.length === MAX_RUN && recent.every((c) => c === last) ? last : null;
    if (bag.every((c) => c === forbidden)) bag = [...bag, ...fullBag];
    const allowed = bag.flatMap((c, i) => (c === forbidden ? [] : [i]));
    const index = allowed[random.below(allowed.length)] as number;
    const [character] = bag.splice(index, 1) as [string];
    recent.push(character);
    if (recent.length > MAX_RUN) recent.shift();
    return character;
  };
}
