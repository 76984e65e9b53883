import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupPath, emptyHistory, loadHistory, mergeHistories, saveHistory, type History, type RunRecord } from '../src/index.js';

const run = (id: number): RunRecord => ({
  id,
  workflow: 'CI',
  event: 'push',
  branch: 'main',
  sha: 'a'.repeat(40),
  attempt: 1,
  conclusion: 'success',
  createdAt: 1_700_000_000 + id,
  startedAt: 1_700_000_000 + id,
  completedAt: 1_700_000_300 + id,
  jobs: [
    {
      id: id * 10,
      name: 'test',
      attempt: 1,
      conclusion: 'success',
      startedAt: 1_700_000_005 + id,
      completedAt: 1_700_000_300 + id,
      steps: [{ name: 'Run tests', conclusion: 'success', seconds: 290 }],
    },
  ],
  artifacts: 1,
  outcomes: [{ type: 'cache', layer: 'deps', hit: 'exact' }],
});
const history = (ids: number[]): History => ({ ...emptyHistory('o/r'), runs: ids.map(run) });

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'metrics-history-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the history file', () => {
  it('round-trips and keeps the previous good file as .bak', async () => {
    const path = join(dir, 'h.json');
    expect((await loadHistory(path, 'o/r')).source).toBe('new');
    await saveHistory(path, history([1, 2]));
    await saveHistory(path, history([1, 2, 3]));
    const loaded = await loadHistory(path, 'o/r');
    expect(loaded.source).toBe('file');
    expect(loaded.history).toEqual(history([1, 2, 3]));
    expect((await loadHistory(backupPath(path), 'o/r')).history.runs).toHaveLength(2);
  });

  it('falls back to the .bak when the file is corrupt, and sets the corrupt file aside on the next save', async () => {
    const path = join(dir, 'h.json');
    await saveHistory(path, history([1]));
    await saveHistory(path, history([1, 2]));
    await writeFile(path, '{"version": 1, "runs": [');
    const loaded = await loadHistory(path, 'o/r');
    expect(loaded.source).toBe('backup');
    expect(loaded.problem).toMatch(/h\.json is not valid JSON/);
    expect(loaded.history.runs).toHaveLength(1);
    await saveHistory(path, history([1, 2, 3]));
    expect((await readdir(dir)).some((n) => n.startsWith('h.json.corrupt-'))).toBe(true);
    expect((await loadHistory(path, 'o/r')).history.runs).toHaveLength(3);
  });

  it.each([
    ['a wrong field type', (t: string) => t.replace('"attempt":1', '"attempt":"1"'), /runs\[0\]\.attempt: expected a number/],
    [
      'an unknown hit kind',
      (t: string) => t.replace('"hit":"exact"', '"hit":"warm"'),
      /outcomes\[0\]\.hit: expected one of exact, partial, miss/,
    ],
    [
      'a cache layer that was not looked up',
      (t: string) => t.replace('"hit":"exact"', '"hit":"skipped"'),
      /outcomes\[0\]: expected a cache lookup with hit exact, partial or miss/,
    ],
    ['another version', (t: string) => t.replace('"version":1', '"version":2'), /version: expected version 1/],
  ])('refuses %s with no good copy, naming the field, and changes nothing', async (_name, corrupt, pattern) => {
    const path = join(dir, 'h.json');
    await saveHistory(path, history([1]));
    const text = corrupt(await readFile(path, 'utf8'));
    await writeFile(path, text);
    await expect(loadHistory(path, 'o/r')).rejects.toThrow(pattern);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('never replaces a readable history with one holding fewer runs', async () => {
    const path = join(dir, 'h.json');
    await saveHistory(path, history([1, 2, 3]));
    await expect(saveHistory(path, history([1]))).rejects.toThrow(/holds 3 runs and the new one only 1/);
    expect((await loadHistory(path, 'o/r')).history.runs).toHaveLength(3);
  });

  it('refuses a history of another repository', async () => {
    const path = join(dir, 'h.json');
    await saveHistory(path, history([1]));
    await expect(loadHistory(path, 'o/other')).rejects.toThrow(/belongs to o\/r, not o\/other/);
  });

  it('merges two histories by id without losing either side', () => {
    const merged = mergeHistories(history([1, 3]), history([2, 3, 4]));
    expect(merged.runs.map((r) => r.id)).toEqual([1, 2, 3, 4]);
  });

  it('never replaces a larger good backup with a smaller valid history', async () => {
    const path = join(dir, 'h.json');
    await saveHistory(path, history([1, 2, 3, 4]));
    await saveHistory(path, history([1, 2, 3, 4, 5]));
    expect((await loadHistory(backupPath(path), 'o/r')).history.runs).toHaveLength(4);
    // Someone puts a smaller, valid history in place of the file; the next save must keep the backup.
    await writeFile(path, JSON.stringify(history([1])));
    await saveHistory(path, history([1, 2]));
    expect((await loadHistory(backupPath(path), 'o/r')).history.runs).toHaveLength(4);
  });
});
