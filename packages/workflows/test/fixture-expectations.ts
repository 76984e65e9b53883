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

/**
 * `rule@line` for every `# expect: rule[, rule]` (or `// expect:`) comment of a fixture: findings
 * the default (high-confidence) output shows. `# expect-below:` marks findings the audit makes at
 * a lower confidence, which only `--all` shows.
 */
export function expectedFindings(content: string, marker: 'expect' | 'expect-below' = 'expect'): string[] {
  const out: string[] = [];
  content.split('\n').forEach((line, i) => {
    const m = new RegExp(`(?:#|//) ${marker}: ([a-z0-9, -]+)$`).exec(line);
    // A comment alone on its line marks the line below it (for findings about comments themselves).
    const at = /^\s*(#|\/\/)/.test(line) ? i + 2 : i + 1;
    if (m) for (const rule of (m[1] ?? '').split(',')) out.push(`${rule.trim()}@${at}`);
  });
  return out.sort();
}

export function readFixture(file: string): string {
  return readFileSync(join(fixturesRoot, file), 'utf8');
}
