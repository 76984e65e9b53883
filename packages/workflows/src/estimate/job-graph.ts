import { UserError } from '@slipway/core';
import { child, entries, items, text, type YNode } from '../yaml-tree.js';
import { parseYamlTree } from '../yaml-tree.js';

/** One node of the `needs:` graph; jobs of a called workflow are `caller/inner`. */
export interface GraphJob {
  id: string;
  /** Other names the job may carry in measured timings (`name:`, the inner id of a called job). */
  aliases: string[];
  needs: string[];
  /** Literal matrix size, or the caller's `shards` input for a job whose matrix comes from a plan. */
  shards: number | undefined;
  /** True when the job's matrix is planned at run time (`fromJSON(needs.<plan>.outputs...)`). */
  plannedMatrix: boolean;
  /** For a planned matrix without a fixed count: the plan's target seconds per shard and its cap. */
  targetSeconds?: number;
  maxShards?: number;
}

/** Reads a called workflow's text by its `uses:` value; undefined when it is not available. */
export type WorkflowResolver = (uses: string) => string | undefined;

function literalMatrixSize(strategy: YNode | undefined): number | undefined {
  const matrix = child(strategy, 'matrix');
  if (matrix?.kind !== 'map') return undefined;
  let size = 1;
  let any = false;
  for (const [key, value] of entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    if (value.kind !== 'seq') return undefined;
    size *= value.items.length;
    any = true;
  }
  return any ? size : undefined;
}

function jobsOf(
  content: string,
  source: string,
  prefix: string,
  inherited: Record<string, string>,
  resolve: WorkflowResolver,
  depth: number,
): GraphJob[] {
  const jobsNode = child(parseYamlTree(content, source).root, 'jobs');
  if (jobsNode?.kind !== 'map') throw new UserError(`${source} has no jobs: it is not a workflow`);
  const out: GraphJob[] = [];
  for (const [id, job] of entries(jobsNode)) {
    const needs = items(child(job, 'needs'))
      .map(text)
      .filter((n): n is string => n !== undefined)
      .map((n) => prefix + n);
    const uses = text(child(job, 'uses'));
    const called = uses && depth < 4 ? resolve(uses) : undefined;
    if (uses && called !== undefined) {
      // The called workflow sees its declared defaults, overridden by the caller's `with:`.
      const callInputs = child(child(child(parseYamlTree(called, uses).root, 'on'), 'workflow_call'), 'inputs');
      const defaults = entries(callInputs).map(([k, v]) => [k, text(child(v, 'default')) ?? ''] as const);
      const withValues = Object.fromEntries([...defaults, ...entries(child(job, 'with')).map(([k, v]) => [k, text(v) ?? ''] as const)]);
      const inner = jobsOf(called, uses, `${prefix}${id}/`, withValues, resolve, depth + 1);
      const innerIds = new Set(inner.map((j) => j.id));
      // Roots of the called workflow wait for the caller job's needs; its dependants wait for every inner sink.
      for (const j of inner) if (j.needs.length === 0) j.needs = [...needs];
      const sinks = inner.filter((j) => !inner.some((o) => o.needs.includes(j.id))).map((j) => j.id);
      out.push(...inner);
      out.push({ id: prefix + id, aliases: [id], needs: sinks.filter((s) => innerIds.has(s)), shards: undefined, plannedMatrix: false });
      continue;
    }
    const strategy = child(job, 'strategy');
    const matrixText = text(child(strategy, 'matrix')) ?? '';
    const planned = /fromJSON\(\s*needs\./i.test(matrixText);
    const shardsInput = Number(inherited['shards']);
    const targetInput = Number(inherited['target-seconds']);
    const maxInput = Number(inherited['max-shards']);
    const fixed = literalMatrixSize(strategy) ?? (planned && Number.isInteger(shardsInput) && shardsInput > 0 ? shardsInput : undefined);
    const name = text(child(job, 'name'));
    out.push({
      id: prefix + id,
      aliases: [id, ...(name && !name.includes('${{') ? [name] : [])],
      needs,
      shards: fixed,
      plannedMatrix: planned,
      ...(planned && fixed === undefined && targetInput > 0 ? { targetSeconds: targetInput } : {}),
      ...(planned && maxInput > 0 ? { maxShards: maxInput } : {}),
    });
  }
  return out;
}

/** The jobs and `needs:` edges of a workflow, with called workflows expanded where `resolve` finds them. */
export function jobGraph(content: string, source: string, resolve: WorkflowResolver = () => undefined): GraphJob[] {
  const jobs = jobsOf(content, source, '', {}, resolve, 0);
  const ids = new Set(jobs.map((j) => j.id));
  for (const j of jobs) {
    const unknown = j.needs.filter((n) => !ids.has(n));
    if (unknown.length > 0) throw new UserError(`${source}: job '${j.id}' needs unknown job(s) ${unknown.join(', ')}`);
  }
  return jobs;
}

/** The workflow's `name:` (what GitHub and ci-metrics call its runs), if it has one. */
export function workflowNameOf(content: string, source: string): string | undefined {
  return text(child(parseYamlTree(content, source).root, 'name'));
}
