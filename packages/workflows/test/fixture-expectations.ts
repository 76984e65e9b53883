import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The fixture folders: known-bad and known-good workflows (and composite actions). */
export const fixturesRoot = join(import.meta.dirname, '../../../test/fixtures/workflows');

/** Every .yml below a folder, relative to the fixtures root. */
export function fixtureFiles(folder: 'bad' | 'good'): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.yml')) out.push(relative(fixturesRoot, join(dir, e.name)));
    }
  };
  walk(join(fixturesRoot, folder));
  return out.sort();
}

/** `rule@line` for every `# expect: rule[, rule]` (or `// expect:`) comment of a fixture. */
export function expectedFindings(content: string): string[] {
  const out: string[] = [];
  content.split('\n').forEach((line, i) => {
    const m = /(?:#|\/\/) expect: ([a-z0-9, -]+)$/.exec(line);
    if (m) for (const rule of (m[1] ?? '').split(',')) out.push(`${rule.trim()}@${i + 1}`);
  });
  return out.sort();
}

export function readFixture(file: string): string {
  return readFileSync(join(fixturesRoot, file), 'utf8');
}
