/**
 * One small logger: a namespace per stage, everything on stderr so stdout
 * stays free for what a script parses (`--json`). A warning that could
 * repeat per lesson is printed once.
 */

/** Where messages go; tests pass their own. */
export type LogSink = (line: string) => void;

/** A stage's logger. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Per-file detail, shown only with `--verbose`. */
  detail(message: string): void;
  /** The same logger under another stage name. */
  child(namespace: string): Logger;
}

/** How chatty to be. */
export interface LoggerOptions {
  quiet?: boolean;
  verbose?: boolean;
  sink?: LogSink;
}

const stderrSink: LogSink = (line) => {
  process.stderr.write(`${line}\n`);
};

/** A logger for a namespace such as `generate` or `render`. */
export function createLogger(namespace: string, options: LoggerOptions = {}): Logger {
  const sink = options.sink ?? stderrSink;
  const warned = new Set<string>();
  const make = (name: string): Logger => ({
    info: (message) => {
      if (!options.quiet) sink(`[${name}] ${message}`);
    },
    warn: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      sink(`[${name}] warning: ${message}`);
    },
    detail: (message) => {
      if (options.verbose && !options.quiet) sink(`[${name}] ${message}`);
    },
    child: (child) => make(`${name}:${child}`),
  });
  return make(namespace);
}

/** A logger that drops everything, for library callers and tests. */
export const silentLogger: Logger = createLogger("silent", { quiet: true, sink: () => {} });
