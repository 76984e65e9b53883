import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditAll, collectAuditInputs, INVALID_FILE } from '../src/index.js';
import { fixturesRoot } from './fixture-expectations.js';

// A file named on the command line that is not a workflow document at all (empty, a list, too
// large) cannot be audited: an error naming it (exit 2). One GitHub's parser rejects is audited,
// and its errors are invalid-file findings at their place (the audit fails, exit 1).

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-named-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function named(name: string, content: string): ReturnType<typeof collectAuditInputs> {
  await writeFile(join(dir, name), content);
  return collectAuditInputs([name], dir);
}

describe('a named workflow file', () => {
  it.each([
    ['empty', '', /empty\.yml is empty, not a workflow/],
    ['only comments', '# nothing here\n', /comments\.yml is empty, not a workflow/],
    ['a list', '[1, 2, 3]\n', /list\.yml is not a workflow: its top level is not a mapping/],
    ['a string', 'hello\n', /string\.yml is not a workflow/],
  ])('%s is refused naming it', async (_, content, says) => {
    const file = `${_.replace(/^(a |only )/, '')}.yml`;
    await expect(named(file, content)).rejects.toThrow(says);
  });

  it('over the small-file limit is refused naming it, before it is parsed', async () => {
    await expect(named('huge.yml', `# ${'x'.repeat(78)}\n`.repeat(120_000))).rejects.toThrow(/huge\.yml/);
  });

  it('cut short inside a step is audited: invalid-file findings at the cut, and the audit fails', async () => {
    const full = await readFile(join(fixturesRoot, 'good', 'hardened.yml'), 'utf8');
    const cut = full.slice(0, Math.floor(full.length / 2));
    const report = await auditAll(await named('cut.yml', cut), { trustedOwners: [] });
    expect(report.passed).toBe(false);
    const invalid = report.files[0]!.findings.filter((f) => f.rule === INVALID_FILE);
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid[0]!.line).toBe(cut.split('\n').length);
  });
});
