import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { auditAll, collectAuditInputs, decodeTimings, estimate, jobGraph } from '@slipway/workflows';
import { repoRoot } from '../harness/runner.js';

// The owner placeholder of this repository's own actions and reusable workflows (docs/adopting.md).
const OWNER = 'your-org';
const workflowsDir = join(repoRoot, '.github/workflows');
const templatesDir = join(repoRoot, 'action-templates');
const workflowFiles = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
const templates = readdirSync(templatesDir).filter((f) => f.endsWith('.yml'));

type Yaml = Record<string, unknown>;
const load = (path: string): Yaml => parseYaml(readFileSync(path, 'utf8')) as Yaml;
const asMap = (v: unknown): Yaml => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Yaml) : {});

/** Every step of every job with the action it uses. */
function stepsUsing(file: string): { job: string; uses: string; with: Yaml }[] {
  const out: { job: string; uses: string; with: Yaml }[] = [];
  for (const [job, def] of Object.entries(asMap(load(file)['jobs']))) {
    const steps = asMap(def)['steps'];
    for (const step of Array.isArray(steps) ? steps : []) {
      const uses = asMap(step)['uses'];
      if (typeof uses === 'string') out.push({ job, uses, with: asMap(asMap(step)['with']) });
    }
  }
  return out;
}

/** Our action a `uses:` names (`your-org/slipway/actions/x@v1` or `./actions/x`), if any. */
function ourAction(uses: string): string | undefined {
  return new RegExp(`^(?:${OWNER}/slipway/|\\./)actions/([a-z0-9-]+)`).exec(uses)?.[1];
}

describe("this repository's workflows and templates", () => {
  it('finds them', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'secure-pipeline.yml', '.test-secure-pipeline.yml']));
    expect(templates.length).toBeGreaterThanOrEqual(5);
  });

  it("every action's metadata parses with GitHub's parser and passes the audit", async () => {
    const report = await auditAll(await collectAuditInputs(['actions'], repoRoot), { trustedOwners: [OWNER] });
    expect(report.files.length).toBeGreaterThanOrEqual(8);
    expect(report.files.flatMap((f) => f.findings.map((x) => `${x.file}:${x.line} ${x.rule}: ${x.message}`))).toEqual([]);
  });

  it("all parse with GitHub's parser and pass the audit", async () => {
    const inputs = await collectAuditInputs(['.github/workflows', 'action-templates'], repoRoot);
    expect(inputs.length).toBe(workflowFiles.length + templates.length);
    const report = await auditAll(inputs, { trustedOwners: [OWNER] });
    expect(report.files.flatMap((f) => f.findings.map((x) => `${x.file}:${x.line} ${x.rule}: ${x.message}`))).toEqual([]);
    expect(report.coverage.percent).toBe(100);
  });

  it('keeps the version next to every SHA pin (uses: owner/action@<sha> # vX.Y.Z)', () => {
    const bare: string[] = [];
    for (const file of [...workflowFiles.map((f) => join(workflowsDir, f)), ...templates.map((f) => join(templatesDir, f))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/uses: \S+@[0-9a-f]{40}/.test(line) && !/# v\d+(\.\d+){0,2}\s*$/.test(line)) bare.push(`${file}:${i + 1}`);
        });
    }
    expect(bare).toEqual([]);
  });

  it.each(templates)('action-templates/%s has properties GitHub reads', (template) => {
    const props = JSON.parse(readFileSync(join(templatesDir, template.replace(/\.yml$/, '.properties.json')), 'utf8')) as Yaml;
    expect(typeof props['name']).toBe('string');
    expect(typeof props['description']).toBe('string');
    expect(Array.isArray(props['categories'])).toBe(true);
    expect(Array.isArray(props['filePatterns'])).toBe(true);
    expect(readFileSync(join(templatesDir, template), 'utf8')).toContain(`uses: ${OWNER}/slipway/.github/workflows/secure-pipeline.yml@v1`);
  });

  it('passes only inputs our actions declare, and reads only outputs they declare', () => {
    const problems: string[] = [];
    const metadataOf = (action: string): Yaml | undefined => {
      const file = join(repoRoot, 'actions', action, 'action.yml');
      if (!existsSync(file)) return undefined;
      try {
        return load(file);
      } catch (error) {
        problems.push(`actions/${action}/action.yml is not valid YAML: ${String(error).split('\n')[0]}`);
        return undefined;
      }
    };
    for (const file of workflowFiles.map((f) => join(workflowsDir, f))) {
      const jobs = asMap(load(file)['jobs']);
      for (const [job, def] of Object.entries(jobs)) {
        const steps = (asMap(def)['steps'] ?? []) as unknown[];
        const ids = new Map<string, string>();
        for (const step of steps) {
          const s = asMap(step);
          const action = typeof s['uses'] === 'string' ? ourAction(s['uses']) : undefined;
          const metadata = action && metadataOf(action);
          if (!action || !metadata) continue;
          if (typeof s['id'] === 'string') ids.set(s['id'], action);
          const declared = asMap(metadata['inputs']);
          for (const name of Object.keys(asMap(s['with']))) {
            if (!(name in declared)) problems.push(`${file} job ${job}: ${action} has no input '${name}'`);
          }
        }
        for (const [, id, output] of JSON.stringify(def).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const action = ids.get(id ?? '');
          const metadata = action && metadataOf(action);
          if (action && metadata && !(String(output) in asMap(metadata['outputs']))) {
            problems.push(`${file} job ${job}: ${action} has no output '${output}'`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("the audit record's job-permissions equal the permissions each job declares", () => {
    const pipeline = load(join(workflowsDir, 'secure-pipeline.yml'));
    const jobs = asMap(pipeline['jobs']);
    const record = stepsUsing(join(workflowsDir, 'secure-pipeline.yml')).find((s) => ourAction(s.uses) === 'pipeline-audit');
    const claimed = asMap(parseYaml(String(record?.with['job-permissions'])));
    const needs = asMap(jobs['record'])['needs'] as string[];
    expect(Object.keys(claimed).sort()).toEqual([...needs].sort());
    for (const job of needs) expect([job, claimed[job]]).toEqual([job, asMap(jobs[job])['permissions']]);
  });
});

describe('pipeline time budget', () => {
  const resolve = (uses: string): string | undefined =>
    uses.includes('secure-pipeline.yml') ? readFileSync(join(workflowsDir, 'secure-pipeline.yml'), 'utf8') : undefined;
  const sample = decodeTimings(
    JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/workflows/timings/sample-pipeline.timings.json'), 'utf8')),
    'sample-pipeline.timings.json',
  );

  it.each(templates)('action-templates/%s meets the 10-minute budget with the sample timings', (template) => {
    const graph = jobGraph(readFileSync(join(templatesDir, template), 'utf8'), template, resolve);
    const e = estimate(graph, sample, { budgetSeconds: 600 });
    expect(e.meetsBudget).toBe(true);
    expect(e.criticalPath).toContain('pipeline/test');
  });

  it('names the shard count to go back under budget when the tests get slower', () => {
    const graph = jobGraph(readFileSync(join(templatesDir, 'node.yml'), 'utf8'), 'node.yml', resolve);
    const e = estimate(graph, sample, { budgetSeconds: 600, shards: 2 });
    expect(e.meetsBudget).toBe(false);
    expect(e.advice).toMatchObject({ action: 'shard', job: 'pipeline/test' });
  });

  it("estimates this repository's CI", () => {
    const ci = decodeTimings(
      JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/workflows/timings/ci.timings.json'), 'utf8')),
      'ci.timings.json',
    );
    const e = estimate(jobGraph(readFileSync(join(workflowsDir, 'ci.yml'), 'utf8'), 'ci.yml'), ci, { budgetSeconds: 1800 });
    expect(e.meetsBudget).toBe(true);
    expect(e.criticalPath.length).toBeGreaterThan(0);
  });
});
