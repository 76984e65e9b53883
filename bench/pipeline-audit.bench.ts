// Workflow audit and estimate speed: per-file audit time over this repository's workflows,
// templates and the audit fixtures, side by side with GitHub's parser alone (the floor the audit
// builds on), an org-sized run of 1,000 workflows, and the critical-path estimate of the template.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median as coreMedian } from '@slipway/core';
import { auditText, decodeTimings, estimate, githubParserErrors, jobGraph } from '@slipway/workflows';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = { trustedOwners: ['your-org'] };

function yamlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yml'))
    .map((e) => join(e.parentPath, e.name));
}

const median = (values: number[]): number => coreMedian(values) ?? Number.NaN;

const files = [...yamlFiles('.github/workflows'), ...yamlFiles('action-templates'), ...yamlFiles('test/fixtures/workflows')].map((f) => ({
  file: f,
  content: readFileSync(f, 'utf8'),
  kind: f.endsWith('action.yml') ? ('action' as const) : ('workflow' as const),
}));

// Warm up the parser's schema and the JIT before measuring.
for (const f of files) await auditText(f.file, f.content, options, f.kind);

const rounds = 15;
const parserOnly: number[] = [];
const fullAudit: number[] = [];
for (let r = 0; r < rounds; r += 1) {
  let t = performance.now();
  for (const f of files) await githubParserErrors(f.kind, f.file, f.content);
  parserOnly.push((performance.now() - t) / files.length);
  t = performance.now();
  for (const f of files) await auditText(f.file, f.content, options, f.kind);
  fullAudit.push((performance.now() - t) / files.length);
}
console.log(`files per round: ${files.length}`);
console.log(`GitHub parser alone: median ${median(parserOnly).toFixed(2)} ms per file`);
console.log(`full audit (parser + rules + suppressions): median ${median(fullAudit).toFixed(2)} ms per file`);
console.log(`audit / parser ratio: ${(median(fullAudit) / median(parserOnly)).toFixed(2)}`);

const pipeline = files.find((f) => f.file.endsWith('/secure-pipeline.yml'));
if (!pipeline) throw new Error('secure-pipeline.yml not found');
const org = 1000;
const t0 = performance.now();
for (let i = 0; i < org; i += 1) await auditText(`repo-${i}/.github/workflows/pipeline.yml`, pipeline.content, options);
const orgSeconds = (performance.now() - t0) / 1000;
const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
console.log(
  `org audit: ${org} copies of secure-pipeline.yml (${pipeline.content.length} bytes) in ${orgSeconds.toFixed(2)} s, heap ${heapMiB.toFixed(0)} MiB`,
);

const template = readFileSync(join(root, 'action-templates/node.yml'), 'utf8');
const timings = decodeTimings(
  JSON.parse(readFileSync(join(root, 'test/fixtures/workflows/timings/sample-pipeline.timings.json'), 'utf8')),
  'sample',
);
const estimates: number[] = [];
let p50 = 0;
for (let r = 0; r < 50; r += 1) {
  const t = performance.now();
  p50 = estimate(
    jobGraph(template, 'node.yml', () => pipeline.content),
    timings,
    { budgetSeconds: 600 },
  ).p50Seconds;
  estimates.push(performance.now() - t);
}
console.log(`estimate of the node template through the pipeline: median ${median(estimates).toFixed(2)} ms, predicted p50 ${p50} s`);
