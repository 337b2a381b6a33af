/**
 * Runs the `koch` command line to an exit status, without exiting, so tests
 * can drive it in-process: 0 when done, 1 for bad input (the message alone,
 * one `koch:` line each, no stack trace). Anything else is a bug and is
 * thrown with its stack.
 */
import { UserError } from "../errors.ts";
import { buildCli } from "./commands.ts";

/** Where the messages for the user go. */
export type MessageSink = (text: string) => void;

const toStderr: MessageSink = (text) => process.stderr.write(text);

/** Parses and runs `args` (the words after `koch`); returns the exit status. */
export async function runKoch(args: string[], sink: MessageSink = toStderr): Promise<number> {
  try {
    await buildCli(args).parseAsync();
    return 0;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    sink(`koch: ${error.message.replaceAll("\n", "\nkoch: ")}\n`);
    return 1;
  }
}
