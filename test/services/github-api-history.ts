// A seeded generator of a repository's CI history, for the local GitHub API server: months of
// CI runs (parallel test shards, flaky jobs, slow outliers, failures, cancellations, re-runs),
// a deploy workflow with production deployments (some failing, then recovering), and the
// record artifacts that cache-setup, the signers, the scan gate and verify-deploy leave.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same history. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenStep {
  name: string;
  conclusion: string;
  startedAt: number;
  completedAt: number;
}

export interface GenJob {
  id: number;
  name: string;
  attempt: number;
  status: 'completed' | 'in_progress';
  conclusion: string | null;
  createdAt: number;
  startedAt: number;
  completedAt: number | null;
  steps: GenStep[];
}

export interface GenArtifact {
  id: number;
  name: string;
  expired: boolean;
  /** The JSON files inside the artifact's zip, by file name. */
  files: Record<string, string>;
}

export interface GenRun {
  id: number;
  workflow: 'CI' | 'Deploy';
  workflowId: number;
  event: string;
  branch: string;
  sha: string;
  attempt: number;
  status: 'completed' | 'in_progress';
  conclusion: string | null;
  createdAt: number;
  runStartedAt: number;
  updatedAt: number;
  jobs: GenJob[];
  artifacts: GenArtifact[];
}

export interface GenStatus {
  id: number;
  state: string;
  createdAt: number;
}

export interface GenDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  production: boolean;
  createdAt: number;
  statuses: GenStatus[];
}

export interface GenCommit {
  sha: string;
  at: number;
}

export interface GeneratedRepo {
  owner: string;
  name: string;
  defaultBranch: string;
  /** The default branch's commits, oldest first. */
  commits: GenCommit[];
  /** Oldest first. */
  runs: GenRun[];
  /** Oldest first. */
  deployments: GenDeployment[];
}

export interface HistoryOptions {
  seed: number;
  /** The instant the history ends (seconds). */
  end: number;
  days: number;
  runsPerDay: number;
  /** Test shards per CI run. */
  shards?: number;
  flakyRate?: number;
  failRate?: number;
  cancelRate?: number;
  outlierRate?: number;
  /** Deploy after every n-th successful CI run on main. */
  deployEvery?: number;
  deployFailRate?: number;
  /** Runs still in progress at the end. */
  inProgress?: number;
  /** Add one record artifact holding a file that is not a record. */
  corruptRecord?: boolean;
  owner?: string;
  name?: string;
}

const hex = (rand: () => number, n = 40): string => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');

/** Generates a repository's history. */
export function generateHistory(options: HistoryOptions): GeneratedRepo {
  const rand = seededRandom(options.seed);
  const between = (a: number, b: number): number => Math.round(a + rand() * (b - a));
  const shards = options.shards ?? 3;
  const start = options.end - options.days * 86_400;
  const total = Math.round(options.days * options.runsPerDay);
  const repo: GeneratedRepo = {
    owner: options.owner ?? 'octo-org',
    name: options.name ?? 'octo-repo',
    defaultBranch: 'main',
    commits: [],
    runs: [],
    deployments: [],
  };
  let runId = 5_000_000;
  let jobId = 90_000_000;
  let artifactId = 700_000;
  let deploymentId = 1_000;
  let statusId = 50_000;
  let successfulMain = 0;
  let lastDeployFailed = false;

  const steps = (names: string[], from: number, to: number, conclusion: string): GenStep[] => {
    // Set-up, checkout and clean-up are short; the real work takes the rest.
    const cuts = names.map((n) =>
      ['Set up job', 'Run actions/checkout@v4', 'Complete job'].includes(n) ? 0.03 + rand() * 0.05 : 0.5 + rand(),
    );
    const sum = cuts.reduce((a, b) => a + b, 0);
    let t = from;
    return names.map((name, i) => {
      const end = i === names.length - 1 ? to : t + Math.round(((to - from) * (cuts[i] ?? 0)) / sum);
      const s = {
        name,
        conclusion: i === names.length - 1 || conclusion === 'success' ? conclusion : 'success',
        startedAt: t,
        completedAt: Math.max(t, end),
      };
      t = s.completedAt;
      return s;
    });
  };
  const job = (name: string, attempt: number, createdAt: number, seconds: number, conclusion: string, stepNames: string[]): GenJob => {
    const startedAt = createdAt + between(2, 25);
    const completedAt = conclusion === 'skipped' ? startedAt : startedAt + seconds;
    return {
      id: jobId++,
      name,
      attempt,
      status: 'completed',
      conclusion,
      createdAt,
      startedAt,
      completedAt,
      steps:
        conclusion === 'skipped'
          ? []
          : steps(['Set up job', 'Run actions/checkout@v4', ...stepNames, 'Complete job'], startedAt, completedAt, conclusion),
    };
  };

  /** One attempt of the CI workflow: lint and the test shards in parallel, then build. */
  const ciAttempt = (attempt: number, at: number, slow: number, failing: number | undefined, cancelled: boolean): GenJob[] => {
    const jobs: GenJob[] = [job('lint', attempt, at, between(50, 110), 'success', ['npm ci', 'npm run lint'])];
    let lastTest = at;
    for (let s = 1; s <= shards; s++) {
      const conclusion = cancelled && s === shards ? 'cancelled' : failing === s ? 'failure' : 'success';
      const j = job(`test (${s})`, attempt, at, Math.round(between(180, 330) * slow), conclusion, ['npm ci', 'Run tests']);
      jobs.push(j);
      lastTest = Math.max(lastTest, j.completedAt ?? 0);
    }
    const upstreamOk = jobs.every((j) => j.conclusion === 'success');
    jobs.push(
      job('build', attempt, lastTest + 1, between(80, 160), upstreamOk ? 'success' : cancelled ? 'cancelled' : 'skipped', [
        'npm ci',
        'Build',
        'Sign',
      ]),
    );
    return jobs;
  };

  const records = (main: boolean): GenArtifact => {
    const hit = (): string => {
      const r = rand();
      return r < 0.75 ? 'exact' : r < 0.9 ? 'partial' : 'miss';
    };
    const files: Record<string, string> = {
      'cache-deps.json': JSON.stringify({ type: 'cache', layer: 'deps', hit: hit(), key: `npm-deps-Linux-X64-${hex(rand, 8)}` }),
      'cache-build.json': JSON.stringify([{ type: 'cache', layer: 'build', hit: rand() < 0.5 ? 'partial' : hit() }]),
      'scan.json': JSON.stringify({ type: 'scan', subject: 'ghcr.io/octo-org/app', decision: rand() < 0.9 ? 'pass' : 'fail' }),
    };
    if (main) files['signing.json'] = JSON.stringify({ records: [{ type: 'signature', subject: 'app.tgz', signed: rand() < 0.93 }] });
    return { id: artifactId++, name: 'slipway-records', expired: false, files };
  };

  let commitAt = start - 3600;
  for (let i = 0; i < total; i++) {
    const createdAt = start + Math.round(((i + rand() * 0.8) / total) * options.days * 86_400);
    const main = rand() < 0.7;
    const sha = hex(rand);
    if (main) {
      commitAt = Math.max(commitAt + 1, createdAt - between(60, 3600));
      repo.commits.push({ sha, at: Math.min(commitAt, createdAt - 1) });
    }
    const slow = rand() < (options.outlierRate ?? 0.03) ? 3 : 1;
    const cancelled = rand() < (options.cancelRate ?? 0.03);
    const flaky = !cancelled && rand() < (options.flakyRate ?? 0.06);
    const failed = !cancelled && !flaky && rand() < (options.failRate ?? 0.06);
    const failing = flaky || failed ? between(1, shards) : undefined;
    const jobs = ciAttempt(1, createdAt + between(1, 8), slow, failing, cancelled);
    let attempt = 1;
    let runStartedAt = createdAt;
    if (flaky) {
      // Re-run of all jobs after the flaky shard failed: the second attempt passes.
      attempt = 2;
      runStartedAt = Math.max(...jobs.map((j) => j.completedAt ?? 0)) + between(60, 600);
      jobs.push(...ciAttempt(2, runStartedAt + between(1, 8), slow, undefined, false));
    }
    const conclusion = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
    const last = Math.max(...jobs.map((j) => j.completedAt ?? 0));
    const artifacts: GenArtifact[] = [{ id: artifactId++, name: 'junit-reports', expired: rand() < 0.2, files: {} }];
    if (conclusion === 'success') artifacts.push(records(main));
    repo.runs.push({
      id: runId++,
      workflow: 'CI',
      workflowId: 161335,
      event: main ? 'push' : 'pull_request',
      branch: main ? 'main' : `feature-${between(1, 40)}`,
      sha,
      attempt,
      status: 'completed',
      conclusion,
      createdAt,
      runStartedAt,
      updatedAt: last + 2,
      jobs,
      artifacts,
    });
    if (main && conclusion === 'success' && ++successfulMain % (options.deployEvery ?? 4) === 0 && last + 900 < options.end) {
      // The deploy workflow: verify, then deploy to production (a deployment with statuses).
      const at = last + between(5, 60);
      const verify = job('verify', 1, at, between(20, 50), 'success', ['Verify signatures']);
      const fails: boolean = rand() < (options.deployFailRate ?? (lastDeployFailed ? 0.05 : 0.15));
      const deploy = job('deploy', 1, (verify.completedAt ?? at) + 1, between(60, 200), fails ? 'failure' : 'success', ['Deploy']);
      const verified = rand() < 0.95;
      repo.runs.push({
        id: runId++,
        workflow: 'Deploy',
        workflowId: 269289,
        event: 'workflow_run',
        branch: 'main',
        sha,
        attempt: 1,
        status: 'completed',
        conclusion: fails ? 'failure' : 'success',
        createdAt: at,
        runStartedAt: at,
        updatedAt: (deploy.completedAt ?? at) + 2,
        jobs: [verify, deploy],
        artifacts: [
          {
            id: artifactId++,
            name: 'slipway-records-verify',
            expired: false,
            files: { 'verify.json': JSON.stringify({ type: 'verification', subject: 'app.tgz', environment: 'production', verified }) },
          },
        ],
      });
      repo.deployments.push({
        id: deploymentId++,
        sha,
        ref: 'main',
        environment: 'production',
        production: true,
        createdAt: deploy.startedAt,
        statuses: [
          { id: statusId++, state: 'in_progress', createdAt: deploy.startedAt + 1 },
          { id: statusId++, state: fails ? 'failure' : 'success', createdAt: deploy.completedAt ?? deploy.startedAt },
        ],
      });
      lastDeployFailed = fails;
    }
  }
  // A staging deployment now and then: not production, so DORA leaves it out.
  for (const d of repo.deployments.filter((_, i) => i % 5 === 2)) {
    repo.deployments.push({
      ...d,
      id: deploymentId++,
      environment: 'staging',
      production: false,
      createdAt: d.createdAt - 300,
      statuses: [{ id: statusId++, state: 'success', createdAt: d.createdAt - 200 }],
    });
  }
  repo.deployments.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  for (let i = 0; i < (options.inProgress ?? 0); i++) {
    const createdAt = options.end - 120 - i * 60;
    const jobs = ciAttempt(1, createdAt + 3, 1, undefined, false).slice(0, 1);
    repo.runs.push({
      id: runId++,
      workflow: 'CI',
      workflowId: 161335,
      event: 'push',
      branch: 'main',
      sha: hex(rand),
      attempt: 1,
      status: 'in_progress',
      conclusion: null,
      createdAt,
      runStartedAt: createdAt,
      updatedAt: createdAt + 60,
      jobs: jobs.map((j) => ({ ...j, status: 'in_progress', conclusion: null, completedAt: null })),
      artifacts: [],
    });
  }
  if (options.corruptRecord) {
    const run = repo.runs.find((r) => r.conclusion === 'success' && r.workflow === 'CI');
    run?.artifacts.push({
      id: artifactId++,
      name: 'slipway-records-extra',
      expired: false,
      files: { 'broken.json': '{"type": "cache", "layer": "deps"' },
    });
  }
  repo.runs.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  return repo;
}
