import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { PytestFsResolver, PytestResolver, guessPytestPath, readTimingFiles, testId, timeUniverse } from '../src/index.js';
import { fixture, fixtureDir } from './fixtures.js';

const suiteDir = join(fixtureDir, 'pysuite');

describe("pytest's classname addresses become the files that exist", () => {
  it('resolves capitalised and dotted folders and modules skipped at import against the real files', async () => {
    // Debian pytest's default (xunit2) report of test/fixtures/shard/pysuite: no file attributes.
    const { sources } = await readTimingFiles([join(fixtureDir, 'pytest-paths-xunit2.xml')], suiteDir);
    const ids = sources[0]?.tests.map((t) => testId(t.file, t.name)) ?? [];
    expect(ids).toContain('tests/API/test_x.py::test_plain');
    expect(ids).toContain('tests/v1.2/test_dot.py::test_one');
    expect(ids).toContain('tests/test_work.py::TestGroup::test_b');
    // The module skipped at import is the whole file, not a file called ".py".
    expect(ids).toContain('tests/test_skipmod.py');
    expect(ids.some((id) => id.startsWith('.py') || id.includes('/2/'))).toBe(false);
  });

  it('gives the same ids as the xunit1 report, whose file attributes say where each test is', async () => {
    const [xunit2] = (await readTimingFiles([join(fixtureDir, 'pytest-paths-xunit2.xml')], suiteDir)).sources;
    const xunit1 = fixture('pytest-paths-xunit1.xml');
    const ids = (s: typeof xunit1 | undefined): string[] => (s?.tests ?? []).map((t) => testId(t.file, t.name)).sort();
    expect(ids(xunit2)).toEqual(ids(xunit1));
  });

  it('resolves against the test list when the files are not here', () => {
    const report = fixture('pytest-paths-xunit2.xml');
    const universe = timeUniverse({
      entries: ['tests/API/test_x.py', 'tests/v1.2/test_dot.py', 'tests/test_skipmod.py', 'tests/test_work.py'],
      sources: [report],
    });
    expect(universe.unmatchedSources).toEqual([]);
    expect(Object.fromEntries(universe.files.map((f) => [f.file, f.tests.length]))).toEqual({
      'tests/API/test_x.py': 9,
      'tests/test_skipmod.py': 0,
      'tests/test_work.py': 8,
      'tests/v1.2/test_dot.py': 2,
    });
  });

  it('guesses a path only where nothing can be checked, never making ".py" of a skipped module', () => {
    expect(guessPytestPath({ classname: '', name: 'networkx.algorithms.tests.test_x' })).toEqual({
      file: 'networkx/algorithms/tests/test_x.py',
      name: '',
    });
    expect(guessPytestPath({ classname: 'tests.API.test_x.TestFoo', name: 'test_y[a::b]' })).toEqual({
      file: 'tests/API/test_x.py',
      name: 'TestFoo::test_y[a::b]',
    });
    expect(guessPytestPath({ classname: 'tests.test_x.MyCase', name: 't' })).toEqual({ file: 'tests/test_x.py', name: 'MyCase::t' });
    // The real networkx report has 38 modules skipped at import (no numpy): each is its file.
    const nx = fixture('networkx-pytest-junit.xml');
    const skipped = nx.tests.filter((t) => t.name === '');
    expect(skipped.length).toBeGreaterThan(10);
    expect(skipped.every((t) => /^networkx\/.+\/test_\w+\.py$/.test(t.file))).toBe(true);
  });

  it('leaves an address unresolved where two files read alike', () => {
    const r = new PytestResolver(['a/b.py', 'a.b.py']);
    expect(r.resolve({ classname: 'a.b', name: 't' })).toBeUndefined();
    expect(new PytestResolver(['a/b.py']).resolve({ classname: 'a.b.C', name: 't' })).toEqual({ file: 'a/b.py', name: 'C::t' });
    expect(new PytestFsResolver(suiteDir).resolve({ classname: 'tests.v1.2.test_dot', name: 'test_one' })).toEqual({
      file: 'tests/v1.2/test_dot.py',
      name: 'test_one',
    });
  });
});
