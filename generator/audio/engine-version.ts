/**
 * The engine's version, on its own so that the render key can read it in
 * the main thread without loading the audio modules (and wavefile), which
 * only the worker threads run.
 */

/**
 * Bumped whenever a change to the engine changes the bytes it writes, so
 * that incremental runs render every track again.
 */
export const ENGINE_VERSION = 1;
