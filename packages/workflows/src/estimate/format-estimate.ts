import type { Estimate } from './critical-path.js';

const minutes = (s: number): string => `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;

/** The estimate as a person reads it: verdict, critical path with each job's share, then the advice. */
export function formatEstimateText(e: Estimate, workflow: string): string {
  const out = [
    `${workflow}: predicted p50 ${minutes(e.p50Seconds)} (${e.p50Seconds} s) against a budget of ${minutes(e.budgetSeconds)}: ${e.meetsBudget ? 'within budget' : 'OVER BUDGET'}`,
    '',
    'Critical path:',
  ];
  for (const id of e.criticalPath) {
    const j = e.jobs.find((x) => x.id === id);
    if (!j) continue;
    out.push(
      `  ${minutes(j.startSeconds).padStart(7)} +${String(j.seconds).padStart(6)} s  ${j.id}${j.shards !== undefined ? ` (${j.shards} shards)` : ''}`,
    );
  }
  out.push('', `Next: ${e.advice.message}`);
  return out.join('\n') + '\n';
}
