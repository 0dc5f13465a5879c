/**
 * Command-line options of the scripts, read by node:util's parseArgs: an unknown or malformed
 * option prints what went wrong and the usage, and ends the script with status 2.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function commandLine<const O extends Options>(usage: string, options: O, { positionals = false } = {}) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: positionals, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`);
    process.exit(2);
  }
}

/** A whole number option (`--articles 1000`), or the end of the script with the usage. */
export function wholeNumber(value: string | undefined, fallback: number, name: string, usage: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  console.error(`--${name} takes a whole number, not "${value}"\nusage: ${usage}`);
  process.exit(2);
}
