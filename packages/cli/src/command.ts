import { parseArgs } from 'node:util';
import { errorCodes, UserError } from '@slipway/core';

/** Exit codes shared by every subcommand; tools outside the repo rely on them. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

/** Where a command writes and what it may read from its surroundings. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Bad flags or arguments: exit code 2 with the command's usage. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, { hint: 'run with --help for the usage', code: errorCodes.usage });
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  multiple?: boolean;
  short?: string;
  /** Shown in help: `--shards N`. */
  value?: string;
}

type Options = Record<string, OptionSpec>;
type ValueOf<O extends OptionSpec> = O['type'] extends 'boolean' ? boolean : O['multiple'] extends true ? string[] : string;
export type ParsedValues<O extends Options> = { [K in keyof O]?: ValueOf<O[K]> };

export interface Command {
  name: string;
  summary: string;
  /** Nested commands (`slipway shard plan`). */
  subcommands?: Command[];
  /** Runs the command; returns its exit code. */
  run?: (argv: string[], io: CliIO) => Promise<number>;
  help: () => string;
  /** Imports the command's module (and its engine) when it is chosen: a run loads only what it uses. */
  load?: () => Promise<Command>;
}

/** A top-level command whose module is imported only when it is chosen; `slipway --help` needs just its name and summary. */
export function lazy(name: string, summary: string, load: () => Promise<Command>): Command {
  return { name, summary, load, help: () => `${summary}\n` };
}

/** The command itself, its module imported if it was lazy. */
export async function resolveCommand(command: Command): Promise<Command> {
  return command.load ? command.load() : command;
}

export interface LeafDefinition<O extends Options> {
  name: string;
  summary: string;
  /** The synopsis after `slipway <path>`. */
  usage: string;
  options: O;
  /** Free text after the options in --help: examples, exit codes. */
  details?: string;
  positionals?: 'none' | 'any';
  run: (args: { values: ParsedValues<O>; positionals: string[] }, io: CliIO) => Promise<number>;
}

function optionHelp(options: Options): string {
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    return [flag, `${o.description}${o.multiple ? ' (repeatable)' : ''}`] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([f]) => f.length));
  return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`).join('\n');
}

/** A command that parses its flags strictly and runs. */
export function leaf<O extends Options>(def: LeafDefinition<O>): Command {
  const help = (): string =>
    [`${def.summary}`, '', `Usage: slipway ${def.usage}`, '', 'Options:', optionHelp(def.options), def.details ? `\n${def.details}` : '']
      .join('\n')
      .trimEnd() + '\n';
  return {
    name: def.name,
    summary: def.summary,
    help,
    run: async (argv, io) => {
      if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout(help());
        return EXIT.ok;
      }
      let parsed;
      try {
        parsed = parseArgs({
          args: argv,
          options: Object.fromEntries(
            Object.entries(def.options).map(([k, o]) => [
              k,
              { type: o.type, multiple: o.multiple ?? false, ...(o.short ? { short: o.short } : {}) },
            ]),
          ),
          allowPositionals: def.positionals === 'any',
          strict: true,
        });
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error));
      }
      // An explicitly empty value (`--policy ''`, an unset variable) never means "use the default":
      // a policy or key the user meant to give must not be silently replaced by none.
      for (const [name, value] of Object.entries(parsed.values as Record<string, unknown>)) {
        if (value === '' || (Array.isArray(value) && value.includes(''))) {
          throw new UsageError(`--${name} was given an empty value; give a value or leave the flag out`);
        }
      }
      if ((parsed.positionals as string[]).includes('')) throw new UsageError('an empty argument was given; name a file or leave it out');
      return def.run({ values: parsed.values as ParsedValues<O>, positionals: parsed.positionals }, io);
    },
  };
}

/** A command that only dispatches to subcommands. */
export function group(name: string, summary: string, subcommands: Command[]): Command {
  const help = (): string => {
    const width = Math.max(...subcommands.map((c) => c.name.length));
    return (
      [
        summary,
        '',
        `Usage: slipway ${name} <command> [options]`,
        '',
        'Commands:',
        ...subcommands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        `Run 'slipway ${name} <command> --help' for a command's options.`,
      ].join('\n') + '\n'
    );
  };
  return { name, summary, subcommands, help };
}

/** Requires a string flag. */
export function required<T>(value: T | undefined, flag: string): T {
  if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') {
    throw new UsageError(`--${flag} is required`);
  }
  return value;
}

/** Parses a whole-number flag within a range. */
export function intFlag(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}; got '${value}'`);
  return n;
}

/** Parses a decimal flag within a range. */
export function numberFlag(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${flag} must be a number from ${min} to ${max}; got '${value}'`);
  return n;
}

/** Writes a JSON document to stdout. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
