// Workflow audit: speed and memory on 1,000 audits of real workflow files side by side with
// GitHub's parser alone (the floor the audit builds on), findings per second, the false-alarm
// share on the hand-judged hardened corpus, recall on known-bad real incident patterns, and the
// critical-path estimate of the node template.
//
// Each timed phase runs in a child process of its own, so its peak memory (maxRSS) is its own.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median as coreMedian } from '@slipway/core';
import { auditText, decodeTimings, estimate, githubParserErrors, jobGraph } from '@slipway/workflows';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const median = (values: number[]): number => coreMedian(values) ?? Number.NaN;

function yamlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Real workflow files: the hardened corpus and this repository's own workflows and templates. */
const real = [...yamlFiles('bench/data/workflows/hardened'), ...yamlFiles('.github/workflows'), ...yamlFiles('action-templates')].map(
  (f) => ({ file: f, content: readFileSync(f, 'utf8') }),
);
const AUDITS = 1000;

async function phase(name: 'parser' | 'audit'): Promise<void> {
  // Warm the parser's schema and the JIT on one pass first.
  for (const f of real) await auditText(f.file, f.content, { trustedOwners: [] }, 'workflow');
  let findings = 0;
  const t = performance.now();
  for (let i = 0; i < AUDITS; i += 1) {
    const f = real[i % real.length];
    if (!f) continue;
    if (name === 'parser') await githubParserErrors('workflow', f.file, f.content);
    else findings += (await auditText(f.file, f.content, { trustedOwners: [] }, 'workflow')).findings.length;
  }
  const ms = performance.now() - t;
  console.log(JSON.stringify({ ms, findings, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

const wanted = process.argv.indexOf('--phase');
if (wanted >= 0) {
  await phase(process.argv[wanted + 1] === 'parser' ? 'parser' : 'audit');
  process.exit(0);
}

function runPhase(name: string): { ms: number; findings: number; maxRssMiB: number } {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--phase', name], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`phase ${name} failed: ${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as { ms: number; findings: number; maxRssMiB: number };
}

const rounds = 5;
const parser: ReturnType<typeof runPhase>[] = [];
const audit: ReturnType<typeof runPhase>[] = [];
for (let r = 0; r < rounds; r += 1) {
  parser.push(runPhase('parser'));
  audit.push(runPhase('audit'));
}
const pMs = median(parser.map((p) => p.ms));
const aMs = median(audit.map((a) => a.ms));
const findings = audit[0]?.findings ?? 0;
console.log(`${AUDITS} audits of ${real.length} real workflow files (cycled), ${rounds} rounds, each phase in its own process:`);
console.log(
  `  GitHub's parser alone: median ${(pMs / 1000).toFixed(2)} s (${(pMs / AUDITS).toFixed(2)} ms/file), peak RSS ${median(parser.map((p) => p.maxRssMiB)).toFixed(0)} MiB`,
);
console.log(
  `  full audit:            median ${(aMs / 1000).toFixed(2)} s (${(aMs / AUDITS).toFixed(2)} ms/file), peak RSS ${median(audit.map((a) => a.maxRssMiB)).toFixed(0)} MiB`,
);
console.log(`  audit / parser time, separate processes: ${(aMs / pMs).toFixed(2)} (target <= 1.5)`);
// The same comparison interleaved file by file in one process, so both sides see the same load.
for (const f of real) await auditText(f.file, f.content, { trustedOwners: [] }, 'workflow');
const interleaved = { parser: [] as number[], audit: [] as number[] };
for (let r = 0; r < rounds; r += 1) {
  let p = 0;
  let a = 0;
  for (let i = 0; i < AUDITS; i += 1) {
    const f = real[i % real.length];
    if (!f) continue;
    const t0 = performance.now();
    await githubParserErrors('workflow', f.file, f.content);
    const t1 = performance.now();
    await auditText(f.file, f.content, { trustedOwners: [] }, 'workflow');
    p += t1 - t0;
    a += performance.now() - t1;
  }
  interleaved.parser.push(p);
  interleaved.audit.push(a);
}
console.log(
  `  audit / parser time, interleaved in one process: ${(median(interleaved.audit) / median(interleaved.parser)).toFixed(2)} ` +
    `(${(median(interleaved.parser) / AUDITS).toFixed(2)} vs ${(median(interleaved.audit) / AUDITS).toFixed(2)} ms/file)`,
);
console.log(
  `  ${findings} default findings: ${((findings / aMs) * 1000).toFixed(0)} findings/s, ${((AUDITS / aMs) * 1000).toFixed(0)} files/s`,
);

// False alarms: every default finding on the hardened corpus against the hand-judged list.
const judged = new Set(
  readFileSync(join(root, 'bench/data/workflows/expected-findings.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#')),
);
const corpus = yamlFiles('bench/data/workflows/hardened');
let total = 0;
let security = 0;
const unjudged: string[] = [];
const seen = new Set<string>();
for (const f of corpus) {
  const rel = f.slice(join(root, 'bench/data/workflows/hardened/').length);
  for (const x of (await auditText(rel, readFileSync(f, 'utf8'), { trustedOwners: [] }, 'workflow')).findings) {
    const key = `${rel}:${x.line} ${x.rule}`;
    total += 1;
    if (x.category === 'security') security += 1;
    seen.add(key);
    if (!judged.has(key)) unjudged.push(key);
  }
}
const missing = [...judged].filter((k) => !seen.has(k));
console.log(
  `hardened corpus (${corpus.length} files, ${readdirSync(join(root, 'bench/data/workflows/hardened')).length} repositories): ${total} default findings (${security} security), ` +
    `${unjudged.length} not judged true = ${((unjudged.length / Math.max(total, 1)) * 100).toFixed(1)}% false alarms (target <= 5%)` +
    (unjudged.length ? `: ${unjudged.join(', ')}` : '') +
    (missing.length ? `; ${missing.length} judged finding(s) no longer made: ${missing.join(', ')}` : ''),
);

// Recall on known-bad real patterns: the incident reconstructions in the fixtures.
const incidents = yamlFiles('test/fixtures/workflows/bad').filter((f) => /incident-/.test(f));
let expected = 0;
let found = 0;
for (const f of incidents) {
  const content = readFileSync(f, 'utf8');
  const want = content
    .split('\n')
    .flatMap((l, i) => [...(/# expect: ([a-z0-9, -]+)$/.exec(l)?.[1]?.split(',') ?? [])].map((r) => `${r.trim()}@${i + 1}`));
  const got = new Set((await auditText(f, content, { trustedOwners: [] })).findings.map((x) => `${x.rule}@${x.line}`));
  expected += want.length;
  found += want.filter((w) => got.has(w)).length;
}
console.log(`known-bad incident patterns: ${found} of ${expected} expected findings made (${incidents.length} files)`);

const template = readFileSync(join(root, 'action-templates/node.yml'), 'utf8');
const pipeline = readFileSync(join(root, '.github/workflows/secure-pipeline.yml'), 'utf8');
const timings = decodeTimings(
  JSON.parse(readFileSync(join(root, 'test/fixtures/workflows/timings/sample-pipeline.timings.json'), 'utf8')),
  'sample',
);
const estimates: number[] = [];
let p50 = 0;
for (let r = 0; r < 50; r += 1) {
  const t = performance.now();
  p50 = estimate(
    jobGraph(template, 'node.yml', () => pipeline),
    timings,
    { budgetSeconds: 600 },
  ).p50Seconds;
  estimates.push(performance.now() - t);
}
console.log(`estimate of the node template through the pipeline: median ${median(estimates).toFixed(2)} ms, predicted p50 ${p50} s`);
