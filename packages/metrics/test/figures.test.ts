import { describe, expect, it } from '@jest/globals';
import {
  budgetRegressions,
  criticalPath,
  distribution,
  doraFigures,
  percentile,
  percentileRegressions,
  successRate,
  type DeploymentRecord,
  type JobRecord,
  type RunRecord,
} from '../src/index.js';

describe('percentile', () => {
  it.each([
    [[], 50, null],
    [[7], 95, 7],
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4, 5], 50, 3],
    // rank (20 - 1) * 0.95 = 18.05: 19 + 0.05 * (20 - 19)
    [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19.05],
    [[10, 20], 0, 10],
    [[10, 20], 100, 20],
  ])('of %j at p%d is %p', (values, p, want) => {
    const got = percentile(
      [...values].sort((a, b) => a - b),
      p,
    );
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 12);
  });

  it('distribution sorts its input and gives count, mean and max', () => {
    expect(distribution([30, 10, 20])).toEqual({ count: 3, p50: 20, p95: 29, mean: 20, max: 30 });
  });
});

describe('success rate', () => {
  it('leaves cancelled and skipped runs out', () => {
    expect(successRate(['success', 'failure', 'cancelled', 'skipped', 'success', 'timed_out'])).toBeCloseTo(2 / 4, 12);
    expect(successRate(['cancelled'])).toBeNull();
  });
});

const job = (name: string, startedAt: number, completedAt: number): JobRecord => ({
  id: startedAt,
  name,
  attempt: 1,
  conclusion: 'success',
  startedAt,
  completedAt,
  steps: [],
});

describe('critical path', () => {
  it.each([
    ['a chain', [job('lint', 0, 60), job('test', 62, 300), job('build', 303, 400)], ['lint', 'test', 'build']],
    [
      'the longer of two parallel jobs, then its dependant',
      [job('lint', 0, 60), job('test', 0, 300), job('build', 302, 400)],
      ['test', 'build'],
    ],
    ['one job', [job('only', 5, 10)], ['only']],
    ['skipped (zero-length) jobs left out', [job('test', 0, 100), job('skipped', 101, 101), job('deploy', 103, 200)], ['test', 'deploy']],
    ['nothing', [], []],
  ])('%s', (_name, jobs, want) => {
    expect(criticalPath(jobs).map((p) => p.name)).toEqual(want);
  });
});

const deploy = (
  id: number,
  state: DeploymentRecord['state'],
  finishedAt: number,
  commits: number[] = [],
  environment = 'production',
): DeploymentRecord => ({
  id,
  environment,
  production: environment === 'production',
  sha: `sha${id}`,
  ref: 'main',
  createdAt: finishedAt - 100,
  state,
  finishedAt,
  commits: commits.map((at, i) => ({ sha: `c${id}-${i}`, at })),
});

describe('DORA figures', () => {
  const day = 86_400;
  const deployments = [
    deploy(1, 'success', 1 * day, [1 * day - 3600, 1 * day - 7200]),
    deploy(2, 'failure', 2 * day),
    deploy(3, 'error', 2 * day + 600),
    deploy(4, 'success', 2 * day + 3600, [2 * day]),
    deploy(5, 'success', 3 * day, [3 * day - 60], 'staging'),
    deploy(6, 'failure', 9 * day),
  ];
  const dora = doraFigures(deployments, [], 0, 10 * day);

  it('counts successful production deployments per day', () => {
    expect(dora.deployments).toBe(2);
    expect(dora.deploymentsPerDay).toBeCloseTo(0.2, 12);
  });
  it('measures lead time from each shipped commit', () => {
    // 3600, 7200 and 3600 seconds: median 3600.
    expect(dora.leadTime.count).toBe(3);
    expect(dora.leadTime.p50).toBe(3600);
  });
  it('divides failures by all finished production deployments', () => {
    expect(dora.failedDeployments).toBe(3);
    expect(dora.changeFailureRate).toBeCloseTo(3 / 5, 12);
  });
  it('measures recovery from the first failure of a streak, and counts streaks not recovered', () => {
    expect(dora.recoveryTime.count).toBe(1);
    expect(dora.recoveryTime.p50).toBe(3600 - 0);
    expect(dora.unrecovered).toBe(1);
  });
  it('takes production environments by name when given', () => {
    expect(doraFigures(deployments, ['staging'], 0, 10 * day).deployments).toBe(1);
  });
});

describe('regressions', () => {
  const runOf = (id: number, seconds: number, createdAt: number, conclusion = 'success'): RunRecord => ({
    id,
    workflow: 'CI',
    event: 'push',
    branch: 'main',
    sha: 'x',
    attempt: 1,
    conclusion,
    createdAt,
    startedAt: createdAt,
    completedAt: createdAt + seconds,
    jobs: [],
    artifacts: 0,
    outcomes: [],
  });
  const options = { maxMinutes: 10, regressionPercent: 20 };

  it('flags runs over the budget, worst first, cancelled runs aside', () => {
    const found = budgetRegressions([runOf(1, 500, 0), runOf(2, 700, 0), runOf(3, 900, 0), runOf(4, 1200, 0, 'cancelled')], options);
    expect(found.map((r) => (r.kind === 'budget' ? r.runId : 0))).toEqual([3, 2]);
    expect(found[0]?.message).toBe('CI run 3 took 15.0 min, over the 10-minute budget');
  });

  it.each([
    ['p50 and p95 up 50%', [300, 300, 300, 300, 300], [450, 450, 450, 450, 450], ['p50', 'p95']],
    ['within the allowed rise', [300, 300, 300, 300, 300], [330, 330, 330, 330, 330], []],
    ['too few recent runs to judge', [300, 300, 300, 300, 300], [900, 900], []],
    [
      'only the tail got slower',
      [300, 300, 300, 300, 300, 300, 300, 300, 300, 300],
      [300, 300, 300, 300, 300, 300, 300, 300, 300, 900],
      ['p95'],
    ],
  ])('%s', (_name, baseline, recent, kinds) => {
    const found = percentileRegressions(
      'CI',
      recent.map((s, i) => runOf(100 + i, s, 1000)),
      baseline.map((s, i) => runOf(i, s, 0)),
      options,
    );
    expect(found.map((r) => r.kind)).toEqual(kinds);
  });
});
