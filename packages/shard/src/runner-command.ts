import { UserError } from '@slipway/core';
import type { PlannedShard, ShardPlan } from './shard-plan.js';
import type { WorkItem } from './work-items.js';

/** The test runners a command line can be written for. */
export const RUNNERS = ['jest', 'vitest', 'pytest', 'go', 'playwright', 'rspec', 'custom'] as const;
export type Runner = (typeof RUNNERS)[number];

/** Runners that run one named test and nothing else; `auto` granularity splits files only for these. */
export function exactTestSelection(runner: Runner | undefined): boolean {
  return runner === 'pytest' || runner === 'go';
}

/**
 * Runners that can run a file minus some of its tests (pytest `--deselect`, go `-skip`, jest and
 * vitest `-t` with a negative lookahead, Playwright `--grep-invert`). Only these may split a file:
 * the shard owning it runs all of it but the other shards' tests, so tests the timings do not
 * name (new ones, skipped ones) still run exactly once.
 */
export function canExcludeTests(runner: Runner | undefined): boolean {
  return runner === 'pytest' || runner === 'go' || runner === 'jest' || runner === 'vitest' || runner === 'playwright';
}

/** Quotes a word for a POSIX shell (plain words stay as they are). */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Escapes a string for a regular expression (JavaScript and Go's RE2 agree on these). */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names: readonly string[]): string => `^(?:${names.map(escapeRegex).join('|')})$`;
const noneOf = (names: readonly string[]): string => `^(?!(?:${names.map(escapeRegex).join('|')})$)`;

/**
 * The most bytes of arguments a command line is given. Linux allows 2 MiB in all and 128 KiB per
 * argument, macOS 1 MiB; beyond this budget pytest reads its arguments from a file instead.
 * (Windows allows 32 KiB: use the tests file there.)
 */
export const COMMAND_LINE_BUDGET = 96 * 1024;

export interface CommandOptions {
  /** For `custom`: `{tests}` becomes the quoted, space-joined list and `{tests-file}` the list's path. */
  template?: string;
  testsFile?: string;
  /** Where the runner's arguments are written one per line (`pytest @FILE`, pytest 8.2 and later). */
  argsFile?: string;
  /** The command line budget in bytes (default COMMAND_LINE_BUDGET). */
  budget?: number;
}

/** How a shard's selection is handed to its runner. */
export interface ShardSelection {
  /** The runner's arguments, one array per invocation (after `pytest`, `npx jest --ci`...). */
  invocations: string[][];
  /** The shell command line that runs them all. */
  command: string;
  /** pytest: its arguments one per line, for `pytest @FILE` (written when the command would be too long, or asked for). */
  argsText?: string;
}

const BASE: Record<Exclude<Runner, 'custom'>, string> = {
  pytest: 'pytest',
  go: 'go test',
  jest: 'npx jest --ci --runTestsByPath',
  vitest: 'npx vitest run',
  playwright: 'npx playwright test',
  rspec: 'bundle exec rspec',
};

interface Part {
  file: string;
  /** Tests of the file this shard runs, when the file is split. */
  names: string[];
  /** Set when this shard owns the split file: it runs the file minus these (the other shards' tests). */
  skip?: string[];
  /** The tests were named one by one in the universe (a list of ids): run exactly those. */
  listed: boolean;
}

/**
 * How one shard runs: the arguments for its runner and a command line. Where a file is split
 * into tests, the shard holding most of it runs the whole file minus the other shards' tests,
 * so tests added since the timings were recorded still run exactly once. Fails rather than
 * write a command line that cannot run (too long, or a split the runner cannot express).
 */
export function shardSelection(runner: Runner, plan: ShardPlan, shard: PlannedShard, options: CommandOptions = {}): ShardSelection {
  if (runner === 'custom') {
    if (!options.template)
      throw new UserError("Input 'command-template' is required when runner is custom", { hint: 'for example: mvn test -Dtest={tests}' });
    return {
      invocations: [shard.tests],
      command: options.template
        .replaceAll('{tests}', shard.tests.map(shellQuote).join(' '))
        .replaceAll('{tests-file}', shellQuote(options.testsFile ?? '')),
    };
  }
  const owners = splitOwners(plan);
  const whole: string[] = [];
  const parts = new Map<string, Part>();
  for (const item of shard.items) {
    if (item.name === undefined) {
      whole.push(item.file);
      continue;
    }
    const part = parts.get(item.file) ?? { file: item.file, names: [], listed: true };
    part.names.push(item.name);
    part.listed &&= item.listed === true;
    parts.set(item.file, part);
  }
  for (const [file, owner] of owners) {
    const part = parts.get(file);
    if (part && owner.shard === shard.index) part.skip = owner.others;
  }
  if ([...parts.values()].some((p) => !p.listed) && !canExcludeTests(runner)) {
    throw new UserError(
      `This plan splits files into single tests, which ${runner} cannot run without losing tests the timings do not name`,
      {
        hint: 'use granularity file or auto for this runner',
      },
    );
  }
  const budget = options.budget ?? COMMAND_LINE_BUDGET;
  const invocations = invocationsFor(runner, whole, [...parts.values()], budget);
  const q = (words: readonly string[]): string => words.map(shellQuote).join(' ');
  const line = (args: readonly string[]): string => (args.length > 0 ? `${BASE[runner]} ${q(args)}` : BASE[runner]);
  const size = invocations.reduce((s, args) => s + args.reduce((t, a) => t + Buffer.byteLength(a) + 1, 0), 0);
  if (runner === 'pytest') {
    const args = invocations[0] ?? [];
    const argsText = args.some((a) => /[\r\n]/.test(a)) ? undefined : `${args.join('\n')}\n`;
    if (size <= budget) return { invocations, command: line(args), ...(argsText !== undefined ? { argsText } : {}) };
    if (!options.argsFile || argsText === undefined) {
      throw new UserError(`Shard ${shard.index} has ${args.length} pytest arguments (${size} bytes), too many for one command line`, {
        hint: 'run it as pytest @FILE from the args file (pytest 8.2 or later), or use more shards',
      });
    }
    return { invocations, command: `pytest ${shellQuote(`@${options.argsFile}`)}`, argsText };
  }
  const tooLong = invocations.find((args) => args.reduce((t, a) => t + Buffer.byteLength(a) + 1, 0) > budget);
  if (tooLong) {
    throw new UserError(
      `Shard ${shard.index} needs a ${runner} command line longer than ${budget} bytes, which the operating system may refuse`,
      { hint: `use more shards, or runner custom with {tests-file} and a way for ${runner} to read the list` },
    );
  }
  return { invocations, command: invocations.map(line).join(' && ') };
}

/** The command line of one shard (see `shardSelection`). */
export function runnerCommand(runner: Runner, plan: ShardPlan, shard: PlannedShard, options: CommandOptions = {}): string {
  return shardSelection(runner, plan, shard, options).command;
}

function invocationsFor(runner: Exclude<Runner, 'custom'>, whole: string[], parts: Part[], budget: number): string[][] {
  switch (runner) {
    case 'pytest': {
      const args = [...whole];
      const deselect: string[] = [];
      for (const p of parts) {
        if (p.skip) {
          args.push(p.file);
          for (const name of p.skip) deselect.push('--deselect', `${p.file}::${name}`);
        } else args.push(...p.names.map((n) => `${p.file}::${n}`));
      }
      return [[...args, ...deselect]];
    }
    case 'go': {
      const out: string[][] = whole.length > 0 ? [whole] : [];
      for (const p of parts) {
        if (p.skip) out.push([p.file, '-skip', anyOf(p.skip)]);
        // Each regular expression is one argument: split long lists over several runs of the package.
        else for (const names of chunks(p.names, budget)) out.push([p.file, '-run', anyOf(names)]);
      }
      return out;
    }
    case 'jest':
    case 'vitest': {
      const out: string[][] = whole.length > 0 ? [whole] : [];
      const title = (n: string): string => (runner === 'vitest' ? n.replaceAll(' > ', ' ') : n);
      for (const p of parts) out.push([p.file, '-t', p.skip ? noneOf(p.skip.map(title)) : anyOf(p.names.map(title))]);
      return out;
    }
    case 'playwright': {
      const file = (f: string): string => `(?:^|/)${escapeRegex(f)}$`;
      const out: string[][] = whole.length > 0 ? [whole.map(file)] : [];
      const title = (n: string): string => ` ${escapeRegex(n.replaceAll(' › ', ' '))}$`;
      for (const p of parts) {
        const names = p.skip ?? p.names;
        out.push([file(p.file), p.skip ? '--grep-invert' : '--grep', names.map(title).join('|')]);
      }
      return out;
    }
    case 'rspec':
      return [whole];
  }
}

/** Splits names into groups whose `-run` expression stays under the budget. */
function chunks(names: readonly string[], budget: number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 8;
  for (const n of names) {
    const add = escapeRegex(n).length + 1;
    if (current.length > 0 && size + add > budget) {
      out.push(current);
      current = [];
      size = 8;
    }
    current.push(n);
    size += add;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** For each split file, the shard with most of its time, and the tests the other shards run. */
function splitOwners(plan: ShardPlan): Map<string, { shard: number; others: string[] }> {
  const perFile = new Map<string, Map<number, WorkItem[]>>();
  for (const s of plan.shards) {
    for (const item of s.items) {
      if (item.name === undefined || item.listed) continue;
      const byShard = perFile.get(item.file) ?? new Map<number, WorkItem[]>();
      const list = byShard.get(s.index);
      if (list) list.push(item);
      else byShard.set(s.index, [item]);
      perFile.set(item.file, byShard);
    }
  }
  const out = new Map<string, { shard: number; others: string[] }>();
  for (const [file, byShard] of perFile) {
    let owner = -1;
    let most = -1;
    for (const [index, items] of [...byShard].sort((a, b) => a[0] - b[0])) {
      const t = items.reduce((s, i) => s + i.micros, 0);
      if (t > most) [owner, most] = [index, t];
    }
    const others = [...byShard].filter(([i]) => i !== owner).flatMap(([, items]) => items.map((i) => i.name ?? ''));
    out.set(file, { shard: owner, others });
  }
  return out;
}
