import { describe, expect, it } from '@jest/globals';
import { planShards, runnerCommand, selectShard, shellQuote, timeUniverse, type Runner } from '../src/index.js';
import { fixture } from './fixtures.js';

const pgmpy = timeUniverse({ entries: undefined, sources: [fixture('pgmpy.test_durations.json')] });
const SPLIT = 'pgmpy/tests/test_estimators/test_PC.py';

describe('selecting a shard', () => {
  const plan = planShards({ universe: pgmpy, granularity: 'auto', exactTestSelection: true, shards: 4 });

  it('returns the shard the plan made', () => {
    expect(selectShard(plan, 2, 4, plan.fingerprint)).toBe(plan.shards[2]);
  });

  it('rejects an index out of range, naming the range', () => {
    expect(() => selectShard(plan, 4, 4)).toThrow('Shard index 4 is out of range: with 4 shard(s) the index must be 0 to 3');
    expect(() => selectShard(plan, -1, 4)).toThrow(/out of range/);
  });

  it('rejects a count the plan had to lower instead of returning an empty shard', () => {
    const small = planShards({
      universe: timeUniverse({ entries: ['a.py', 'b.py'], sources: [] }),
      granularity: 'file',
      exactTestSelection: false,
      shards: 3,
    });
    expect(() => selectShard(small, 2, 3)).toThrow(/Shard count 3 cannot be used: there are only 2 item\(s\) to split/);
  });

  it('rejects a plan that differs from the planning job\u2019s', () => {
    expect(() => selectShard(plan, 0, 4, '0000000000000000')).toThrow(/differs from the planning job's \(0000000000000000\)/);
  });
});

describe('command lines', () => {
  const plan = planShards({ universe: pgmpy, granularity: 'auto', exactTestSelection: true, shards: 4 });

  it('gives pytest node ids, and lets the shard owning a split file run the rest of it', () => {
    const commands = plan.shards.map((s) => runnerCommand('pytest', plan, s));
    const owner = commands.filter((c) => c.includes(`${SPLIT} --deselect`) || new RegExp(`${SPLIT}(?!::)`).test(c));
    expect(owner).toHaveLength(1);
    // every test of the split file run by another shard is deselected by the owner
    const others = plan.shards
      .filter((s) => !commands[s.index]?.includes('--deselect'))
      .flatMap((s) => s.tests.filter((t) => t.startsWith(`${SPLIT}::`)));
    expect(others.length).toBeGreaterThan(0);
    for (const id of others) expect(owner[0]).toContain(`--deselect ${shellQuote(id)}`);
    expect(commands.every((c) => c.startsWith('pytest '))).toBe(true);
  });

  it.each<[Runner, RegExp]>([
    ['jest', /^npx jest --ci --runTestsByPath src\/a\.test\.ts 'src\/b c\.test\.ts'$/],
    ['vitest', /^npx vitest run src\/a\.test\.ts 'src\/b c\.test\.ts'$/],
    ['playwright', /^npx playwright test '\(\?:\^\|\/\)src\/a\\\.test\\\.ts\$' '\(\?:\^\|\/\)src\/b c\\\.test\\\.ts\$'$/],
    ['rspec', /^bundle exec rspec src\/a\.test\.ts 'src\/b c\.test\.ts'$/],
    ['go', /^go test src\/a\.test\.ts 'src\/b c\.test\.ts'$/],
  ])('writes a %s command for whole files, quoting for the shell', (runner, expected) => {
    const p = planShards({
      universe: timeUniverse({ entries: ['src/a.test.ts', 'src/b c.test.ts'], sources: [] }),
      granularity: 'file',
      exactTestSelection: false,
      shards: 1,
    });
    expect(runnerCommand(runner, p, p.shards[0]!)).toMatch(expected);
  });

  it('runs single go tests with an anchored -run and the rest of the package with -skip', () => {
    const go = timeUniverse({
      entries: undefined,
      sources: [
        {
          source: 'go.xml',
          format: 'junit',
          flavor: 'go',
          files: new Map(),
          tests: [90, 80, 5, 5].map((s, i) => ({
            file: 'example.com/pkg',
            name: `Test${i}`,
            seconds: s,
            outcome: 'passed' as const,
            retried: false,
          })),
        },
      ],
    });
    const p = planShards({ universe: go, granularity: 'auto', exactTestSelection: true, shards: 2 });
    const cmds = p.shards.map((s) => runnerCommand('go', p, s));
    expect(cmds.some((c) => /^go test example\.com\/pkg -skip '\^\(\?:Test\d(\|Test\d)*\)\$'$/.test(c))).toBe(true);
    expect(cmds.some((c) => /^go test example\.com\/pkg -run '\^\(\?:Test\d(\|Test\d)*\)\$'$/.test(c))).toBe(true);
  });

  it('fills a custom template and requires one', () => {
    const p = planShards({
      universe: timeUniverse({ entries: ['A.java', "it's.java"], sources: [] }),
      granularity: 'file',
      exactTestSelection: false,
      shards: 1,
    });
    expect(runnerCommand('custom', p, p.shards[0]!, { template: 'mvn test -Dtest={tests} # {tests-file}', testsFile: '/tmp/t.txt' })).toBe(
      `mvn test -Dtest=A.java 'it'\\''s.java' # /tmp/t.txt`,
    );
    expect(() => runnerCommand('custom', p, p.shards[0]!)).toThrow(/command-template' is required/);
  });
});
