/** Frequency measurements for tests: Goertzel, zero-crossing pitch, FFT power. */

/** Power of one frequency in a stretch of samples (Goertzel). */
export function goertzelPower(
  samples: ArrayLike<number>,
  toneHz: number,
  sampleRate: number,
): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * toneHz) / sampleRate);
  let [s1, s2] = [0, 0];
  for (let i = 0; i < samples.length; i++) {
    const s0 = (samples[i] ?? 0) + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
}

/** Pitch from the rising zero crossings, interpolated between samples. */
export function zeroCrossingHz(samples: ArrayLike<number>, sampleRate: number): number {
  const crossings: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1] ?? 0, samples[i] ?? 0];
    if (a < 0 && b >= 0) crossings.push(i - 1 + a / (a - b));
  }
  const first = crossings[0];
  const last = crossings.at(-1);
  if (first === undefined || last === undefined || crossings.length < 2) return 0;
  return ((crossings.length - 1) * sampleRate) / (last - first);
}

/**
 * Power spectrum (|X|²) by an in-place radix-2 FFT, zero-padded to a power
 * of two so the whole signal is seen and no cut adds leakage of its own.
 */
export function powerSpectrum(samples: ArrayLike<number>): Float64Array {
  const n = 2 ** Math.ceil(Math.log2(samples.length));
  const re = Float64Array.from({ length: n }, (_, i) => samples[i] ?? 0);
  const im = new Float64Array(n);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j] ?? 0, re[i] ?? 0];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const [c, s] = [Math.cos(angle * k), Math.sin(angle * k)];
        const [a, b] = [start + k, start + k + size / 2];
        const tr = (re[b] ?? 0) * c - (im[b] ?? 0) * s;
        const ti = (re[b] ?? 0) * s + (im[b] ?? 0) * c;
        re[b] = (re[a] ?? 0) - tr;
        im[b] = (im[a] ?? 0) - ti;
        re[a] = (re[a] ?? 0) + tr;
        im[a] = (im[a] ?? 0) + ti;
      }
    }
  }
  return Float64Array.from({ length: n / 2 }, (_, i) => (re[i] ?? 0) ** 2 + (im[i] ?? 0) ** 2);
}

/**
 * Energy more than `marginHz` away from every listed tone, relative to the
 * energy within it, in dB (very negative is clean).
 */
export function outOfBandDb(
  samples: ArrayLike<number>,
  tonesHz: readonly number[],
  sampleRate: number,
  marginHz = 200,
): number {
  const spectrum = powerSpectrum(samples);
  const binHz = sampleRate / (2 * spectrum.length);
  let [inside, outside] = [0, 0];
  spectrum.forEach((power, bin) => {
    const hz = bin * binHz;
    if (tonesHz.some((tone) => Math.abs(hz - tone) <= marginHz)) inside += power;
    else outside += power;
  });
  return 10 * Math.log10(outside / inside);
}
