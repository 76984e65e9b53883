import { Markdown } from '@slipway/core';
import type { PlanCheck } from './plan-check.js';
import type { FlakyTest } from './record.js';
import type { ShardPlan } from './shard-plan.js';

const s = (x: number): string => x.toFixed(1);

/** The job summary of a plan: shards, the bound, the makespan and its ratio, untimed tests. */
export function planSummary(plan: ShardPlan, title = 'Test shards'): string {
  const md = new Markdown().heading(title, 2);
  const ratio = plan.lowerBoundSeconds > 0 ? plan.makespanSeconds / plan.lowerBoundSeconds : 1;
  md.paragraph(
    `${plan.shardCount} shard(s), ${plan.granularity} granularity: predicted longest shard **${s(plan.makespanSeconds)} s** ` +
      `against a lower bound of ${s(plan.lowerBoundSeconds)} s (ratio ${ratio.toFixed(3)}); ${s(plan.totalSeconds)} s of tests in all` +
      (plan.overheadSeconds > 0 ? `, plus ${s(plan.overheadSeconds)} s overhead per shard.` : '.'),
  );
  if (plan.splitFiles.length > 0 || plan.fileLowerBoundSeconds > plan.lowerBoundSeconds) {
    md.paragraph(
      `Split ${plan.splitFiles.length} file(s) into single tests; a file-level split could not finish before ${s(plan.fileLowerBoundSeconds)} s.`,
    );
  }
  md.table(
    ['shard', 'tests', 'predicted seconds'],
    plan.shards.map((sh) => [sh.index, sh.tests.length, s(sh.predictedSeconds)]),
    ['r', 'r', 'r'],
  );
  for (const note of plan.notes) md.callout('NOTE', note);
  if (plan.estimated.length > 0) {
    md.details(
      `${plan.estimated.length} file(s) had no timing and were estimated`,
      new Markdown()
        .table(
          ['file', 'estimated seconds', 'from'],
          plan.estimated.map((e) => [e.file, s(e.seconds), e.method]),
          ['l', 'r', 'l'],
        )
        .toString(),
    );
  }
  return md.toString();
}

/** The job summary of a record run. */
export function recordSummary(
  r: { reported: number; updated: number; added: number; failedExcluded: number; removed: number; runs: number },
  flaky: readonly FlakyTest[],
  saved: string,
): string {
  const md = new Markdown().heading('Test timings recorded', 2);
  md.paragraph(
    `${r.reported} test(s) reported: ${r.updated} timing(s) updated, ${r.added} new, ${r.failedExcluded} failed test(s) kept out of the averages, ` +
      `${r.removed} dropped as gone. The timings now cover ${r.runs} run(s). ${saved}`,
  );
  if (flaky.length > 0) {
    md.heading(`Flaky tests (${flaky.length})`, 3);
    md.table(
      ['test', 'why'],
      flaky.map((f) => [f.id, f.reason]),
    );
  } else {
    md.paragraph('No flaky test in this run.');
  }
  return md.toString();
}

/** The job summary of a plan checked against its shards' runs: predicted, actual and the error per shard. */
export function checkSummary(check: PlanCheck): string {
  const md = new Markdown().heading('Predicted against actual shard times', 3);
  const pct = (e: number): string => `${e >= 0 ? '+' : ''}${(e * 100).toFixed(1)}%`;
  md.paragraph(
    `Longest shard predicted ${s(check.predictedMakespan)} s, took ${s(check.actualMakespan)} s ` +
      `(${pct(check.predictedMakespan > 0 ? check.actualMakespan / check.predictedMakespan - 1 : 0)}); ` +
      `mean absolute error per shard ${(check.meanAbsError * 100).toFixed(1)}%.` +
      (check.overhead
        ? ` Outside their tests the runs cost ${s(check.overhead.shardSeconds)} s per shard and ${check.overhead.fileSeconds.toFixed(3)} s per file.`
        : ''),
  );
  md.table(
    ['shard', 'predicted seconds', 'actual seconds', 'error', 'unreported entries'],
    check.shards.map((c) => [c.index, s(c.predictedSeconds), s(c.actualSeconds), pct(c.error), c.unreported]),
    ['r', 'r', 'r', 'r', 'r'],
  );
  return md.toString();
}
