import { describeFailure, PolicyError } from '@slipway/core';
import { EXIT, resolveCommand, UsageError, type CliIO, type Command } from './command.js';
import { commands } from './commands/index.js';
import { VERSION } from './version.js';

function rootHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return (
    [
      'slipway: fast CI and verifiable artifacts, from a terminal or any CI',
      '',
      'Usage: slipway <command> [options]',
      '',
      'Commands:',
      ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      '',
      'Global options:',
      '  -h, --help     show help (also after any command)',
      '  -v, --version  print the version',
      '',
      'Exit codes: 0 success, 1 a policy or verification failure, 2 bad usage or unreadable input.',
    ].join('\n') + '\n'
  );
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let level: Command[] = commands;
  let current: Command | undefined;
  let rest = argv;
  try {
    for (;;) {
      const [word, ...tail] = rest;
      if (current?.run) return await current.run(rest, io);
      if (word === undefined || word === '--help' || word === '-h' || word === 'help') {
        // A bare command group (`slipway metrics`) is incomplete usage: help, and exit 2.
        io.stdout(current ? current.help() : rootHelp());
        return word === undefined ? EXIT.usage : EXIT.ok;
      }
      if (!current && (word === '--version' || word === '-v')) {
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      }
      const next = level.find((c) => c.name === word);
      if (!next) {
        const where = current ? `slipway ${current.name}` : 'slipway';
        throw new UsageError(`unknown command '${word}' for ${where}; expected one of ${level.map((c) => c.name).join(', ')}`);
      }
      current = await resolveCommand(next);
      level = current.subcommands ?? [];
      rest = tail;
    }
  } catch (error: unknown) {
    io.stderr(`slipway: ${describeFailure(error)}\n`);
    if (error instanceof PolicyError) return EXIT.rejected;
    return EXIT.usage;
  }
}
