/**
 * The `koch` command's entry point; the commands live in `cli/`. The exit
 * status is set, not forced, so that output still on its way is not cut.
 */
import { hideBin } from "yargs/helpers";
import { runKoch } from "./cli/run-koch.ts";

process.exitCode = await runKoch(hideBin(process.argv));
