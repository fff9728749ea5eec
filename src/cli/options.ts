// Splitting a command's arguments into positional arguments and `--name value` options.

import { valueError } from "../core/errors";

export interface ParsedArguments {
  positionals: string[];
  /** Option values by name without the dashes; a flag without a value is `true`. */
  options: Map<string, string | true>;
}

/**
 * Splits `argv` into positionals and options. `valueOptions` take a value (`--out DIR` or `--out=DIR`),
 * `flags` take none; `--` ends the options. A single dash is not an option, so `-5` stays a positional.
 * Throws a BujiaoError for an unknown option or an option without its value.
 */
export function parseArguments(argv: readonly string[], valueOptions: readonly string[], flags: readonly string[]): ParsedArguments {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();

  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!argument.startsWith("--")) {
      positionals.push(argument);
      continue;
    }

    const equals = argument.indexOf("=");
    const name = argument.slice(2, equals === -1 ? undefined : equals);
    if (flags.includes(name) && equals === -1) {
      options.set(name, true);
    } else if (valueOptions.includes(name)) {
      const value = equals === -1 ? argv[++index] : argument.slice(equals + 1);
      if (value === undefined || value === "") throw valueError("cli.optionValueMissing", { option: `--${name}` });
      options.set(name, value);
    } else {
      throw valueError("cli.unknownOption", { option: argument });
    }
  }
  return { positionals, options };
}

/** Returns the value of a value option, or undefined when it was not given. */
export function optionValue(parsed: ParsedArguments, name: string): string | undefined {
  const value = parsed.options.get(name);
  return typeof value === "string" ? value : undefined;
}
