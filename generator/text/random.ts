/**
 * Seeded randomness for drill text. The seed is a string built from the
 * course seed, the lesson and the track, hashed to 32 bits; the generator is
 * mulberry32. Both use only 32-bit integer maths (`Math.imul`), so every
 * machine and JavaScript engine draws the same numbers.
 */

/** A source of uniform random numbers. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, count). */
  below(count: number): number;
}

/** FNV-1a over the UTF-16 code units, then a final avalanche mix. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** A random source seeded from any string. */
export function createRandom(seedText: string): Random {
  let state = hashSeed(seedText);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, below: (count) => Math.floor(next() * count) };
}

/** The seed text of one track: course seed, lesson, track. */
export function trackSeed(courseSeed: string | number, lesson: number, trackId: string): string {
  return `${String(courseSeed)}/lesson-${lesson}/${trackId}`;
}
