/**
 * A small Morse decoder for tests: it reads keyed tones back from samples
 * by their envelope (1 ms RMS frames against a threshold), sorts the runs
 * into dots, dashes and gaps by length, and looks the patterns up. It
 * knows nothing of the engine beyond the audio, so it checks what a
 * listener would hear, from WAV and from decoded MP3 alike.
 */
import { MORSE_PATTERNS } from "../../generator/course/alphabet.ts";

/** A keyed tone found in the audio. */
export interface DecodedElement {
  startSample: number;
  lengthSamples: number;
}

/** What the decoder heard. */
export interface Decoded {
  text: string;
  elements: DecodedElement[];
  /** Estimated dot length in samples (shortest element cluster). */
  dotSamples: number;
}

/** Pattern to character; the first listed wins where two share a pattern (= and <BT>). */
const byPattern = new Map<string, string>();
for (const [char, pattern] of Object.entries(MORSE_PATTERNS)) {
  if (!byPattern.has(pattern)) byPattern.set(pattern, char);
}

/** Runs of tone: frames whose RMS is above a share of the loudest frame. */
export function findElements(samples: Int16Array, sampleRate: number): DecodedElement[] {
  const frame = Math.max(1, Math.round(sampleRate / 1000));
  const rms: number[] = [];
  for (let start = 0; start + frame <= samples.length; start += frame) {
    let sum = 0;
    for (let i = start; i < start + frame; i++) sum += (samples[i] ?? 0) ** 2;
    rms.push(Math.sqrt(sum / frame));
  }
  // A loop, not Math.max(...rms): a long track has more frames than a call takes arguments.
  const threshold = 0.25 * rms.reduce((loudest, value) => Math.max(loudest, value), 0);
  const elements: DecodedElement[] = [];
  let runStart = -1;
  rms.forEach((value, index) => {
    if (value >= threshold && runStart < 0) runStart = index;
    if (value < threshold && runStart >= 0) {
      elements.push({ startSample: runStart * frame, lengthSamples: (index - runStart) * frame });
      runStart = -1;
    }
  });
  return elements;
}

/** Decodes keyed audio to text, groups separated by single spaces. */
export function decodeMorse(samples: Int16Array, sampleRate: number): Decoded {
  const elements = findElements(samples, sampleRate);
  const lengths = elements.map((e) => e.lengthSamples).sort((a, b) => a - b);
  const dotSamples = lengths[Math.floor(lengths.length * 0.1)] ?? 1;
  let text = "";
  let pattern = "";
  elements.forEach((element, index) => {
    pattern += element.lengthSamples < 2 * dotSamples ? "." : "-";
    const next = elements[index + 1];
    const gapDots = next
      ? (next.startSample - element.startSample - element.lengthSamples) / dotSamples
      : Infinity;
    if (gapDots < 2) return;
    text += byPattern.get(pattern) ?? "?";
    pattern = "";
    if (gapDots >= 5 && next) text += " ";
  });
  return { text, elements, dotSamples };
}
