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

/** Quotes a word for a POSIX shell (plain words stay as they are). */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names: string[]): string => `^(${names.map(escapeRegex).join('|')})$`;

export interface CommandOptions {
  /** For `custom`: `{tests}` becomes the quoted, space-joined list and `{tests-file}` the list's path. */
  template?: string;
  testsFile?: string;
}

/**
 * The command line that runs one shard. Where a file is split into tests, the shard holding
 * most of it runs the whole file minus the other shards' tests (pytest `--deselect`, go
 * `-skip`), so tests added since the timings were recorded still run exactly once.
 */
export function runnerCommand(runner: Runner, plan: ShardPlan, shard: PlannedShard, options: CommandOptions = {}): string {
  if (runner === 'custom') {
    if (!options.template)
      throw new UserError("Input 'command-template' is required when runner is custom", { hint: 'for example: mvn test -Dtest={tests}' });
    return options.template
      .replaceAll('{tests}', shard.tests.map(shellQuote).join(' '))
      .replaceAll('{tests-file}', shellQuote(options.testsFile ?? ''));
  }
  const owners = splitOwners(plan);
  const wholeFiles: string[] = [];
  const partial = new Map<string, { names: string[]; skip: string[] }>();
  for (const item of shard.items) {
    if (item.name === undefined) {
      wholeFiles.push(item.file);
      continue;
    }
    const entry = partial.get(item.file) ?? { names: [], skip: [] };
    entry.names.push(item.name);
    partial.set(item.file, entry);
  }
  for (const [file, owner] of owners) {
    const entry = partial.get(file);
    if (owner.shard !== shard.index || !entry || !exactTestSelection(runner)) continue;
    entry.skip = owner.others;
  }
  return commandFor(runner, wholeFiles, partial);
}

/** For each split file, the shard with most of its time, and the tests the other shards run. */
function splitOwners(plan: ShardPlan): Map<string, { shard: number; others: string[] }> {
  const perFile = new Map<string, Map<number, WorkItem[]>>();
  for (const s of plan.shards) {
    for (const item of s.items) {
      if (item.name === undefined) continue;
      const byShard = perFile.get(item.file) ?? new Map<number, WorkItem[]>();
      byShard.set(s.index, [...(byShard.get(s.index) ?? []), item]);
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

function commandFor(runner: Exclude<Runner, 'custom'>, files: string[], partial: Map<string, { names: string[]; skip: string[] }>): string {
  const q = (words: string[]): string => words.map(shellQuote).join(' ');
  const parts: string[] = [];
  switch (runner) {
    case 'pytest': {
      const args = [...files];
      const deselect: string[] = [];
      for (const [file, p] of partial) {
        if (p.skip.length > 0) {
          args.push(file);
          for (const name of p.skip) deselect.push('--deselect', `${file}::${name}`);
        } else args.push(...p.names.map((n) => `${file}::${n}`));
      }
      return `pytest ${q([...args, ...deselect])}`;
    }
    case 'go': {
      if (files.length > 0) parts.push(`go test ${q(files)}`);
      for (const [pkg, p] of partial) {
        parts.push(p.skip.length > 0 ? `go test ${q([pkg, '-skip', anyOf(p.skip)])}` : `go test ${q([pkg, '-run', anyOf(p.names)])}`);
      }
      return parts.join(' && ');
    }
    case 'jest':
    case 'vitest':
    case 'playwright':
    case 'rspec': {
      const base = { jest: 'npx jest --ci', vitest: 'npx vitest run', playwright: 'npx playwright test', rspec: 'bundle exec rspec' }[
        runner
      ];
      if (files.length > 0) parts.push(`${base} ${q(files)}`);
      for (const [file, p] of partial) {
        const filter = runner === 'rspec' ? p.names.flatMap((n) => ['-e', n]) : [runner === 'playwright' ? '--grep' : '-t', anyOf(p.names)];
        parts.push(`${base} ${q([file, ...filter])}`);
      }
      return parts.join(' && ');
    }
  }
}
