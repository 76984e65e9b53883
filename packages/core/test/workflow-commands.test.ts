import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as actionsCore from '@actions/core';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ours from '../src/workflow-commands.js';
import { actionsPorts } from '../src/actions.js';

// workflow-commands.ts writes what @actions/core writes: the real library is the oracle, call for call.

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array): boolean => {
    chunks.push(String(chunk));
    return true;
  };
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ':', ',', '%', '\n', '\r', '=', '0', '::', '%0A') });
const maybe = fc.option(text, { nil: undefined });

describe('workflow commands', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'workflow-commands-'));
  });
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('annotations and log lines are byte for byte those of @actions/core', () => {
    fc.assert(
      fc.property(
        text,
        maybe,
        maybe,
        fc.option(fc.nat(), { nil: undefined }),
        fc.option(fc.nat(), { nil: undefined }),
        (message, title, file, line, endLine) => {
          for (const level of ['notice', 'warning', 'error'] as const) {
            const theirs = stdoutOf(() => actionsCore[level](message, { title, file, startLine: line, endLine }));
            expect(stdoutOf(() => ours.annotate(level, message, { title, file, line, endLine }))).toBe(theirs);
            expect(stdoutOf(() => ours.annotate(level, message))).toBe(stdoutOf(() => actionsCore[level](message)));
          }
          expect(stdoutOf(() => ours.annotate('debug', message))).toBe(stdoutOf(() => actionsCore.debug(message)));
          expect(stdoutOf(() => ours.info(message))).toBe(stdoutOf(() => actionsCore.info(message)));
          expect(stdoutOf(() => ours.setSecret(message))).toBe(stdoutOf(() => actionsCore.setSecret(message)));
        },
      ),
    );
  });

  it('groups close when the body throws, as @actions/core does', async () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (c: string | Uint8Array): boolean => lines.push(String(c)) > 0;
    try {
      await expect(ours.group('a:b', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
      await expect(actionsCore.group('a:b', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
      expect(await ours.group('n', () => Promise.resolve(7))).toBe(7);
    } finally {
      process.stdout.write = write;
    }
    expect(lines.slice(0, 2)).toEqual(lines.slice(2, 4));
    expect(lines.slice(0, 2)).toEqual(['::group::a:b\n', '::endgroup::\n']);
  });

  it('outputs, state and variables land in the runner files as @actions/core writes them', () => {
    const delimiters = (s: string): string => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), text, (name, value) => {
        for (const [variable, theirs, mine] of [
          ['GITHUB_OUTPUT', actionsCore.setOutput, ours.setOutput],
          ['GITHUB_STATE', actionsCore.saveState, ours.saveState],
          ['GITHUB_ENV', actionsCore.exportVariable, ours.exportVariable],
        ] as const) {
          const a = join(dir, 'a');
          const b = join(dir, 'b');
          writeFileSync(a, '');
          writeFileSync(b, '');
          process.env[variable] = a;
          theirs(name, value);
          process.env[variable] = b;
          mine(name, value);
          expect(delimiters(readFileSync(b, 'utf8'))).toBe(delimiters(readFileSync(a, 'utf8')));
        }
      }),
    );
  });

  it('without the runner files it falls back to the old commands, as @actions/core does', () => {
    delete process.env['GITHUB_OUTPUT'];
    delete process.env['GITHUB_STATE'];
    delete process.env['GITHUB_PATH'];
    delete process.env['GITHUB_ENV'];
    expect(stdoutOf(() => ours.setOutput('n', 'v,1'))).toBe(stdoutOf(() => actionsCore.setOutput('n', 'v,1')));
    expect(stdoutOf(() => ours.saveState('n', 'v'))).toBe(stdoutOf(() => actionsCore.saveState('n', 'v')));
    expect(stdoutOf(() => ours.exportVariable('SLIPWAY_X', 'v'))).toBe(stdoutOf(() => actionsCore.exportVariable('SLIPWAY_X', 'v')));
    expect(process.env['SLIPWAY_X']).toBe('v');
    const path = process.env['PATH'];
    expect(stdoutOf(() => ours.addPath('/opt/x'))).toBe('::add-path::/opt/x\n');
    expect(process.env['PATH']).toBe(`/opt/x:${path}`);
  });

  it('refuses a missing runner file and a value holding the delimiter', () => {
    process.env['GITHUB_OUTPUT'] = join(dir, 'gone');
    expect(() => ours.setOutput('n', 'v')).toThrow(`Missing file at path: ${join(dir, 'gone')}`);
    expect(() => actionsCore.setOutput('n', 'v')).toThrow(`Missing file at path: ${join(dir, 'gone')}`);
    expect(ours.keyValueMessage('n', 'v')).toMatch(/^n<<ghadelimiter_[0-9a-f-]{36}\nv\nghadelimiter_[0-9a-f-]{36}$/);
  });

  it('reads inputs and state the way @actions/core reads them', () => {
    process.env['INPUT_SOME_NAME'] = '  padded value \n';
    process.env['STATE_plan'] = '{"a":1}';
    expect(ours.getInput('some name')).toBe(actionsCore.getInput('some name'));
    expect(ours.getInput('Some_Name')).toBe('padded value');
    expect(ours.getInput('absent')).toBe('');
    expect(ours.getState('plan')).toBe(actionsCore.getState('plan'));
  });

  it('appends to the job summary, and fails as @actions/core does when it cannot', async () => {
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    writeFileSync(a, '# before\n');
    writeFileSync(b, '# before\n');
    process.env['GITHUB_STEP_SUMMARY'] = a;
    await actionsCore.summary.addRaw('| x |\n| - |', true).write();
    process.env['GITHUB_STEP_SUMMARY'] = b;
    await ours.appendSummary('| x |\n| - |');
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    process.env['GITHUB_STEP_SUMMARY'] = join(dir, 'missing.md');
    await expect(ours.appendSummary('x')).rejects.toThrow(`Unable to access summary file: '${join(dir, 'missing.md')}'`);
  });

  it('the ports fail a step the way @actions/core does: exit code 1 and an error line', () => {
    const out = stdoutOf(() => actionsPorts().log.error('bad: x', { file: 'a.ts', startLine: 3 }));
    expect(out).toBe('::error file=a.ts,line=3::bad: x\n');
    expect(stdoutOf(() => ours.setFailed('no'))).toBe('::error::no\n');
    expect(process.exitCode).toBe(1);
  });
});
