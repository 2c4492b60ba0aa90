import { cliMessages } from '../text/messages';

/**
 * A command's arguments: known flags (--json), known options with a value (--locale sv-SE) and
 * the rest in order. Anything else starting with "--" is refused, so a mistyped flag is never
 * taken silently; "--" ends the flags (a formula starting with "-" can follow it).
 */
export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
}

export type ArgsResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

export interface ArgsSpec {
  readonly command: string;
  readonly flags?: readonly string[];
  readonly options?: readonly string[];
}

export function parseArgs(args: readonly string[], spec: ArgsSpec): ArgsResult {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) positional.push(arg);
    else if (spec.flags?.includes(arg)) flags.add(arg);
    else if (spec.options?.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return { ok: false, message: cliMessages.optionValueMissing(arg) };
      options.set(arg, value);
      i += 1;
    } else return { ok: false, message: cliMessages.unknownOption(spec.command, arg) };
  }
  return { ok: true, args: { flags, options, positional } };
}

/** Whether the user asked for help: --help or -h anywhere before "--". */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
