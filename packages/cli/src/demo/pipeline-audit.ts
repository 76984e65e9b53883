import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { auditAll, collectAuditInputs, decodeTimings, estimate, formatAuditSarif, formatAuditSummary, jobGraph } from '@slipway/workflows';
import type { DemoContext, DemoStage } from './stage.js';

// Job times of a typical run of the secure pipeline (seconds), for the jobs this machine cannot
// run; the test job's serial time is the sample's own, measured by the baseline stage.
const TYPICAL = {
  lint: 75,
  plan: 20,
  'dependency-scan': 70,
  build: 150,
  // two builds of the artifact in fresh folders, dependencies from the warm cache
  rebuild: 90,
  'scan-gate': 50,
  attest: 35,
  verify: 20,
  deploy: 45,
  metrics: 15,
  record: 12,
};

async function estimateTemplate(ctx: DemoContext, root: string): Promise<string> {
  const serial = Number(ctx.shared.get('baseline.seconds') ?? '60');
  const timings = decodeTimings(
    {
      jobs: {
        ...Object.fromEntries(Object.entries(TYPICAL).map(([k, v]) => [k, { seconds: v }])),
        test: { serialSeconds: serial, overheadSeconds: 60 },
      },
    },
    'demo timings',
  );
  const pipeline = await readFile(join(root, '.github/workflows/secure-pipeline.yml'), 'utf8');
  const graph = jobGraph(await readFile(join(root, 'action-templates/node.yml'), 'utf8'), 'node.yml', (uses) =>
    uses.includes('secure-pipeline.yml') ? pipeline : undefined,
  );
  const e = estimate(graph, timings, { budgetSeconds: 600 });
  return `node template: predicted p50 ${Math.round(e.p50Seconds)} s of a 600 s budget (${e.meetsBudget ? 'within' : 'over'}); ${e.advice.message}`;
}

/** Audits the repository's pipeline definitions (reusable workflow and templates) and estimates the template's time. */
export const pipelineAuditStage: DemoStage = {
  name: 'pipeline-audit',
  title: 'Audit the pipeline definitions and estimate the template against the 10-minute budget',
  run: async (ctx) => {
    const root = resolve(ctx.sampleDir, '..');
    const dir = join(ctx.outDir, 'pipeline-audit');
    await mkdir(dir, { recursive: true });
    const inputs = await collectAuditInputs(['.github/workflows', 'action-templates'], root);
    const report = await auditAll(inputs, { trustedOwners: ['your-org'] });
    await writeFile(join(dir, 'audit.sarif'), `${JSON.stringify(formatAuditSarif(report, 'demo'), null, 2)}\n`);
    await writeFile(join(dir, 'summary.md'), formatAuditSummary(report));
    ctx.log(`audited ${report.coverage.files} workflow(s): ${report.counts.findings} finding(s), coverage ${report.coverage.percent}%`);
    const estimateLine = await estimateTemplate(ctx, root);
    ctx.log(estimateLine);
    return {
      ok: report.passed,
      headline: `${report.coverage.passing}/${report.coverage.files} workflows pass the audit; ${estimateLine.split(';')[0] ?? ''}`,
      outputs: { 'audit SARIF': join(dir, 'audit.sarif'), 'audit summary': join(dir, 'summary.md') },
    };
  },
};
