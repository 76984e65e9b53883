import { describe, expect, it } from '@jest/globals';
import { assertWorkflowParses, decodeTimings, estimate, formatEstimateText, jobGraph, unusedTimings } from '../src/index.js';
import { readFixture } from './fixture-expectations.js';

const pipeline = `
on: push
jobs:
  lint: { runs-on: x, steps: [{ run: a }] }
  plan: { runs-on: x, steps: [{ run: a }] }
  test:
    needs: plan
    strategy:
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    runs-on: x
    steps: [{ run: a }]
  build: { needs: [lint, test], runs-on: x, steps: [{ run: a }] }
  deploy: { needs: build, runs-on: x, steps: [{ run: a }] }
`;
const caller = `
on: push
jobs:
  pipeline:
    uses: your-org/slipway/.github/workflows/pipeline.yml@v1
    with:
      shards: 4
  notify:
    needs: pipeline
    runs-on: x
    steps: [{ run: a }]
`;
const timings = decodeTimings(
  {
    jobs: {
      lint: { seconds: 60 },
      plan: { seconds: 20 },
      test: { serialSeconds: 800, overheadSeconds: 40 },
      build: { seconds: [100, 140, 120] },
      deploy: { seconds: 60 },
      notify: { seconds: 5 },
    },
  },
  'timings.json',
);

describe('jobGraph', () => {
  it('reads needs and finds the planned matrix', () => {
    const g = jobGraph(pipeline, 'p.yml');
    expect(g.map((j) => [j.id, j.needs])).toEqual([
      ['lint', []],
      ['plan', []],
      ['test', ['plan']],
      ['build', ['lint', 'test']],
      ['deploy', ['build']],
    ]);
    expect(g.find((j) => j.id === 'test')?.plannedMatrix).toBe(true);
  });

  it('expands a called workflow and takes the shard count from its shards input', () => {
    const g = jobGraph(caller, 'c.yml', (uses) => (uses.includes('pipeline.yml') ? pipeline : undefined));
    expect(g.find((j) => j.id === 'pipeline/test')).toMatchObject({ shards: 4, needs: ['pipeline/plan'] });
    expect(g.find((j) => j.id === 'pipeline')?.needs).toEqual(['pipeline/deploy']);
    expect(g.find((j) => j.id === 'notify')?.needs).toEqual(['pipeline']);
  });

  it('counts a literal matrix', () => {
    const g = jobGraph(
      'on: push\njobs:\n  t:\n    strategy:\n      matrix:\n        shard: [1, 2, 3]\n        os: [a, b]\n    runs-on: x\n    steps: [{run: a}]\n',
      'm.yml',
    );
    expect(g[0]?.shards).toBe(6);
  });

  it('rejects a needs: on an unknown job', () => {
    expect(() => jobGraph('on: push\njobs:\n  a:\n    needs: b\n    runs-on: x\n    steps: [{run: a}]\n', 'bad.yml')).toThrow(
      "job 'a' needs unknown job(s) b",
    );
  });
});

describe('estimate', () => {
  it('takes the longest path, with the test job at overhead + serial / shards', () => {
    const e = estimate(jobGraph(pipeline, 'p.yml'), timings, { budgetSeconds: 600, shards: 4 });
    // plan 20 + test (40 + 800/4 = 240) + build p50 120 + deploy 60 = 440
    expect(e.p50Seconds).toBe(440);
    expect(e.criticalPath).toEqual(['plan', 'test', 'build', 'deploy']);
    expect(e.meetsBudget).toBe(true);
    expect(e.jobs.find((j) => j.id === 'lint')?.onCriticalPath).toBe(false);
  });

  it('advises the shard count that meets the budget when the test job is the long pole', () => {
    const e = estimate(jobGraph(pipeline, 'p.yml'), timings, { budgetSeconds: 400, shards: 2 });
    // 2 shards: 20 + 440 + 120 + 60 = 640; 4 shards: 440; 5 shards: 20 + 200 + 180 = 400
    expect(e.p50Seconds).toBe(640);
    expect(e.meetsBudget).toBe(false);
    expect(e.advice).toMatchObject({ action: 'shard', job: 'test', shards: 5 });
  });

  it('advises caching when sharding alone cannot meet the budget', () => {
    const e = estimate(jobGraph(pipeline, 'p.yml'), timings, { budgetSeconds: 200, shards: 4 });
    expect(e.advice).toMatchObject({ action: 'cache', job: 'build' });
  });

  it('estimates a caller through the called workflow', () => {
    const g = jobGraph(caller, 'c.yml', () => pipeline);
    const e = estimate(g, timings, { budgetSeconds: 600 });
    expect(e.p50Seconds).toBe(445);
    expect(e.criticalPath).toEqual(['pipeline/plan', 'pipeline/test', 'pipeline/build', 'pipeline/deploy', 'notify']);
    expect(formatEstimateText(e, 'c.yml')).toContain('within budget');
  });

  it('lists the timed jobs a workflow does not have (a typo, the wrong file, or a workflow cut short)', () => {
    expect(
      unusedTimings(
        jobGraph(caller, 'c.yml', () => pipeline),
        timings,
      ),
    ).toEqual([]);
    expect(unusedTimings(jobGraph(pipeline, 'p.yml'), timings)).toEqual(['notify']);
    const cut = pipeline.slice(0, pipeline.indexOf('  build:'));
    expect(unusedTimings(jobGraph(cut, 'p.yml'), timings)).toEqual(['build', 'deploy', 'notify']);
  });

  it("refuses a workflow GitHub's parser rejects, naming the file and the place", async () => {
    await expect(assertWorkflowParses(pipeline, 'p.yml')).resolves.toBeUndefined();
    await expect(assertWorkflowParses('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - ru', 'p.yml')).rejects.toThrow(
      /p\.yml is not a workflow GitHub accepts:\n {2}p\.yml:6:9: /,
    );
  });

  it('names every job that has no timing', () => {
    const partial = decodeTimings({ jobs: { lint: { seconds: 1 } } }, 't.json');
    expect(() => estimate(jobGraph(pipeline, 'p.yml'), partial, { budgetSeconds: 600 })).toThrow(
      'no timing for job(s) plan, test, build, deploy',
    );
  });
});

describe('decodeTimings', () => {
  it("reads GitHub's list-jobs response (measured data)", () => {
    const t = decodeTimings(JSON.parse(readFixture('timings/list-jobs-for-workflow-run.json')), 'jobs.json');
    expect(t.source).toBe('measured');
    // build ran from 17:42:40 to 17:44:39
    expect(t.jobs.get('build')?.seconds).toEqual([119]);
  });

  it('turns a measured matrix into serial seconds', () => {
    const run = (s: number[]) => ({
      total_count: s.length,
      jobs: s.map((sec, i) => ({
        name: `test (${i})`,
        started_at: '2026-01-01T00:00:00Z',
        completed_at: new Date(Date.parse('2026-01-01T00:00:00Z') + sec * 1000).toISOString(),
        conclusion: 'success',
      })),
    });
    const t = decodeTimings([run([100, 120, 110])], 'runs.json', 30);
    expect(t.jobs.get('test')).toEqual({ seconds: [120], serialSeconds: 70 + 90 + 80, overheadSeconds: 30 });
  });

  it('names the field at fault', () => {
    expect(() => decodeTimings({ jobs: { lint: { secs: 3 } } }, 't.json')).toThrow('t.json: jobs.lint.secs: unknown field');
    expect(() => decodeTimings({ jobs: { lint: {} } }, 't.json')).toThrow('jobs.lint: give seconds');
  });
});

describe('measured timings from a ci-metrics history', () => {
  // A history in the collector's own format (decoded below with ci-metrics' decoder to prove it):
  // three successful runs of the node template's caller and one failed run that must not count.
  const t0 = 1_760_000_000;
  const job = (name: string, start: number, seconds: number, attempt = 1) => ({
    id: start,
    name,
    attempt,
    conclusion: 'success',
    startedAt: t0 + start,
    completedAt: t0 + start + seconds,
    steps: [],
  });
  const run = (id: number, conclusion: string, scale: number) => ({
    id,
    workflow: 'Secure pipeline',
    event: 'push',
    branch: 'main',
    sha: 'a'.repeat(40),
    attempt: 1,
    conclusion,
    createdAt: t0,
    startedAt: t0,
    completedAt: t0 + 600,
    jobs: [
      job('pipeline / lint', 0, 70 * scale),
      job('pipeline / plan', 0, 20),
      job('pipeline / test (0)', 20, 240 * scale),
      job('pipeline / test (1)', 20, 230 * scale),
      job('pipeline / build', 300, 150),
    ],
    artifacts: 0,
    outcomes: [],
  });
  const history = {
    version: 1,
    repository: 'octo-org/app',
    defaultBranch: 'main',
    updatedAt: t0,
    cursor: {},
    runs: [run(1, 'success', 1), run(2, 'success', 1.1), run(3, 'failure', 5), run(4, 'success', 0.9)],
    deployments: [],
  };

  it("is a file ci-metrics' own decoder accepts", async () => {
    const { historyDecoder } = await import('@slipway/metrics');
    expect(() => historyDecoder(history, '')).not.toThrow();
  });

  it('takes the p50 of successful runs and the serial work of the measured shards', () => {
    const t = decodeTimings(history, 'history.json', 30, 'Secure pipeline');
    expect(t.source).toBe('measured');
    expect(t.jobs.get('pipeline / lint')?.seconds).toEqual([70, 77, 63]);
    // Serial work per run, less 30 s of overhead per shard: 410, 457 and 363 s; the failed run is left out.
    expect(t.jobs.get('pipeline / test')).toMatchObject({ seconds: [240, 264, 216], serialSeconds: 410, overheadSeconds: 30 });
  });

  it('estimates the caller from its measured jobs', () => {
    const caller =
      'name: Secure pipeline\non: push\njobs:\n  pipeline:\n    uses: your-org/slipway/.github/workflows/p.yml@v1\n    with:\n      shards: 2\n';
    const called =
      'on: workflow_call\njobs:\n  lint: { runs-on: x, steps: [{ run: a }] }\n  plan: { runs-on: x, steps: [{ run: a }] }\n  test:\n    needs: plan\n    strategy:\n      matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}\n    runs-on: x\n    steps: [{ run: a }]\n  build: { needs: [lint, test], runs-on: x, steps: [{ run: a }] }\n';
    const e = estimate(
      jobGraph(caller, 'c.yml', () => called),
      decodeTimings(history, 'h.json', 30, 'Secure pipeline'),
      { budgetSeconds: 600 },
    );
    expect(e.criticalPath).toEqual(['pipeline/plan', 'pipeline/test', 'pipeline/build']);
  });

  it('asks which workflow when the history holds several and none is named', () => {
    const mixed = { ...history, runs: [...history.runs, { ...run(5, 'success', 1), workflow: 'ci' }] };
    expect(() => decodeTimings(mixed, 'h.json')).toThrow('h.json holds runs of several workflows (Secure pipeline, ci)');
    expect(() => decodeTimings(history, 'h.json', 60, 'deploy')).toThrow("h.json has no successful run of 'deploy'");
  });
});
