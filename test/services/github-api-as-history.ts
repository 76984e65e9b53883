// A generated repository as the collector stores it (a JSON history), without the collector:
// for migration tests and benchmarks that need a long history quickly.
import type { GeneratedRepo } from './github-api-history.js';
import { emptyHistory, type History, type OutcomeRecord, type RunRecord } from '../../packages/metrics/src/index.js';

function recordsOf(value: unknown): OutcomeRecord[] {
  if (Array.isArray(value)) return value as OutcomeRecord[];
  if (typeof value === 'object' && value !== null && 'records' in value) return (value as { records: OutcomeRecord[] }).records;
  return [value as OutcomeRecord];
}

/** A record file's records; a file that is not JSON holds none (as the collector skips it). */
function parsed(text: string): OutcomeRecord[] {
  try {
    return recordsOf(JSON.parse(text));
  } catch {
    return [];
  }
}

/** The completed runs and finished deployments of a generated repository as a history. */
export function historyOf(repo: GeneratedRepo, options: { reproducibility?: boolean } = {}): History {
  const runs: RunRecord[] = repo.runs
    .filter((r) => r.status === 'completed')
    .map((r, i) => ({
      id: r.id,
      workflow: r.workflow,
      event: r.event,
      branch: r.branch,
      sha: r.sha,
      attempt: r.attempt,
      conclusion: r.conclusion ?? 'unknown',
      createdAt: r.createdAt,
      startedAt: r.runStartedAt,
      completedAt: Math.max(...r.jobs.filter((j) => j.attempt === r.attempt).map((j) => j.completedAt ?? 0)),
      jobs: r.jobs.map((j) => ({
        id: j.id,
        name: j.name,
        attempt: j.attempt,
        conclusion: j.conclusion ?? 'unknown',
        createdAt: j.createdAt,
        startedAt: j.startedAt,
        completedAt: j.completedAt ?? j.startedAt,
        steps: j.steps.map((s) => ({ name: s.name, conclusion: s.conclusion, seconds: s.completedAt - s.startedAt })),
      })),
      artifacts: r.artifacts.filter((a) => !a.name.startsWith('slipway-record')).length,
      outcomes: [
        ...r.artifacts.flatMap((a) => (a.name.startsWith('slipway-record') ? Object.values(a.files).flatMap((f) => parsed(f)) : [])),
        ...(options.reproducibility && r.conclusion === 'success' && r.workflow === 'CI'
          ? [
              {
                type: 'reproducibility' as const,
                subject: 'app.tgz',
                reproducible: i % 7 !== 0,
                hermetic: i % 11 === 0 ? ('not-isolated' as const) : ('yes' as const),
              },
            ]
          : []),
      ],
    }));
  const deployments = repo.deployments.map((d) => {
    const end = d.statuses.filter((s) => ['success', 'failure', 'error'].includes(s.state)).sort((a, b) => a.createdAt - b.createdAt)[0];
    return {
      id: d.id,
      environment: d.environment,
      production: d.production,
      sha: d.sha,
      ref: d.ref,
      createdAt: d.createdAt,
      state: (end?.state ?? 'pending') as 'success' | 'failure' | 'error' | 'pending',
      ...(end ? { finishedAt: end.createdAt } : {}),
      commits: end?.state === 'success' ? [{ sha: d.sha, at: d.createdAt - 600 }] : [],
    };
  });
  return {
    ...emptyHistory(`${repo.owner}/${repo.name}`, repo.defaultBranch),
    runs,
    deployments,
    updatedAt: 1,
    cursor: { runsFrom: repo.runs[repo.runs.length - 1]?.createdAt ?? 0 },
  };
}
