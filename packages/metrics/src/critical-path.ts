import type { JobRecord } from './model.js';

/** One job on a run's critical path. */
export interface PathJob {
  name: string;
  seconds: number;
}

// The API does not say which job needed which, so the path is read from the timing: walking
// back from the job that finished last, each job's predecessor is the one that finished
// latest at or before it started (a `needs:` edge always looks like that). Slack of a few
// seconds covers the runner's scheduling delay.
const SLACK = 5;

/** The chain of jobs that set a run's duration, first job first. */
export function criticalPath(jobs: readonly JobRecord[]): PathJob[] {
  const done = jobs.filter((j) => j.completedAt >= j.startedAt);
  if (done.length === 0) return [];
  let current = done.reduce((a, b) => (b.completedAt > a.completedAt ? b : a));
  const path: PathJob[] = [];
  const seen = new Set<JobRecord>();
  for (;;) {
    path.push({ name: current.name, seconds: current.completedAt - current.startedAt });
    seen.add(current);
    const start = current.startedAt;
    let before: JobRecord | undefined;
    for (const j of done) {
      if (seen.has(j) || j.completedAt > start + SLACK || j.completedAt <= j.startedAt) continue;
      if (!before || j.completedAt > before.completedAt) before = j;
    }
    if (!before) break;
    current = before;
  }
  return path.reverse();
}
