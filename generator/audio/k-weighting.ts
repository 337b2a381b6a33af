/**
 * The K-weighting of ITU-R BS.1770: a high shelf (+4 dB above ~1.7 kHz,
 * modelling the head) followed by a high-pass (~38 Hz). The standard gives
 * the biquads for 48 kHz only; here they are designed for any sample rate
 * from the analogue prototypes' corner, gain and Q by the bilinear
 * transform, which reproduces the standard's coefficients at 48 kHz.
 */

/** A biquad's coefficients, normalised so that a0 = 1. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** Shelf corner (Hz), gain (dB) and Q of the BS.1770 pre-filter. */
const SHELF = { cornerHz: 1681.974450955533, gainDb: 3.999843853973347, q: 0.7071752369554196 };
/** Corner (Hz) and Q of the BS.1770 RLB high-pass. */
const HIGH_PASS = { cornerHz: 38.13547087602444, q: 0.5003270373238773 };
/** Splits the shelf's gain between its pass and transition bands, per the prototype. */
const SHELF_BAND_EXPONENT = 0.4996667741545416;

/** The two K-weighting stages at a sample rate. */
export function kWeightingFilters(sampleRate: number): [Biquad, Biquad] {
  return [shelfFilter(sampleRate), highPassFilter(sampleRate)];
}

function shelfFilter(sampleRate: number): Biquad {
  const k = Math.tan((Math.PI * SHELF.cornerHz) / sampleRate);
  const vh = 10 ** (SHELF.gainDb / 20);
  const vb = vh ** SHELF_BAND_EXPONENT;
  const a0 = 1 + k / SHELF.q + k * k;
  return {
    b0: (vh + (vb * k) / SHELF.q + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / SHELF.q + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / SHELF.q + k * k) / a0,
  };
}

function highPassFilter(sampleRate: number): Biquad {
  const k = Math.tan((Math.PI * HIGH_PASS.cornerHz) / sampleRate);
  const a0 = 1 + k / HIGH_PASS.q + k * k;
  return {
    b0: 1,
    b1: -2,
    b2: 1,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / HIGH_PASS.q + k * k) / a0,
  };
}

/** |H(f)|² of a biquad: the power gain a steady sine at `toneHz` sees. */
function biquadPowerGain(filter: Biquad, toneHz: number, sampleRate: number): number {
  const w = (2 * Math.PI * toneHz) / sampleRate;
  const [c1, s1, c2, s2] = [Math.cos(w), Math.sin(w), Math.cos(2 * w), Math.sin(2 * w)];
  const numRe = filter.b0 + filter.b1 * c1 + filter.b2 * c2;
  const numIm = -(filter.b1 * s1 + filter.b2 * s2);
  const denRe = 1 + filter.a1 * c1 + filter.a2 * c2;
  const denIm = -(filter.a1 * s1 + filter.a2 * s2);
  return (numRe ** 2 + numIm ** 2) / (denRe ** 2 + denIm ** 2);
}

/** Power gain of the whole K-weighting at a tone's pitch (≈ 1.17 at 997 Hz). */
export function kWeightingPowerGain(toneHz: number, sampleRate: number): number {
  return kWeightingFilters(sampleRate).reduce(
    (gain, filter) => gain * biquadPowerGain(filter, toneHz, sampleRate),
    1,
  );
}

/** Runs a biquad over a signal in place (direct form I). */
export function applyBiquad(signal: Float64Array, filter: Biquad): void {
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  for (let i = 0; i < signal.length; i++) {
    const x = signal[i] ?? 0;
    const y = filter.b0 * x + filter.b1 * x1 + filter.b2 * x2 - filter.a1 * y1 - filter.a2 * y2;
    [x2, x1, y2, y1] = [x1, x, y1, y];
    signal[i] = y;
  }
}
