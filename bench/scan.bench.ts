// Gate time and peak memory on a Trivy report of 50,000+ findings built from real reports,
// side by side with plain JSON.parse of the same file (the floor), and the SARIF it writes.
// Each measurement runs in its own process so peak RSS belongs to one job only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_POLICY, gateOutputs, gateSummary, parseReport, runGate } from '../packages/scan/src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out', 'scan');
const large = join(out, 'trivy-50k.json');
const runs = 5;
const target = 50_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

type Json = Record<string, unknown>;

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Copies of the real reports' results, each copy's packages and files renamed so no finding dedupes away. */
function buildLargeReport(): number {
  const sources: unknown[] = [
    'trivy/scan2html-fs-repo-mixed.json',
    'trivy/dimpact-nginx-latest.json',
    'trivy/dd-legacy-array-many.json',
  ].map((f): unknown => JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'scan', f), 'utf8')));
  const results = sources.flatMap((doc) => (Array.isArray(doc) ? list(doc) : isJson(doc) ? list(doc['Results']) : []));
  const perCopy = results.reduce(
    (n, r) => n + list(r['Vulnerabilities']).length + list(r['Misconfigurations']).length + list(r['Secrets']).length,
    0,
  );
  const copies = Math.ceil(target / perCopy);
  const all: Json[] = [];
  for (let c = 0; c < copies; c++) {
    for (const r of results) {
      all.push({
        ...r,
        Target: `${text(r['Target'])}#${c}`,
        Vulnerabilities: list(r['Vulnerabilities']).map((v) => ({ ...v, PkgName: `${text(v['PkgName'])}-${c}` })),
        Misconfigurations: list(r['Misconfigurations']),
        Secrets: list(r['Secrets']),
      });
    }
  }
  writeFileSync(large, JSON.stringify({ SchemaVersion: 2, ArtifactName: 'bench/large:1', ArtifactType: 'container_image', Results: all }));
  return copies * perCopy;
}

/** One job in this process; prints milliseconds and peak RSS as JSON. */
function job(kind: 'parse' | 'gate'): void {
  const started = performance.now();
  const body = readFileSync(large, 'utf8');
  let extra: Json;
  if (kind === 'parse') {
    const doc: unknown = JSON.parse(body);
    extra = { results: isJson(doc) ? list(doc['Results']).length : 0 };
  } else {
    const report = parseReport(body, large);
    const gate = runGate({ reports: [report], policy: DEFAULT_POLICY, now: new Date() });
    const { sarif, json } = gateOutputs(gate, { warnDays: 14 }, 'bench');
    const summary = gateSummary(json);
    writeFileSync(join(out, 'result.sarif'), sarif.text);
    extra = {
      findings: report.findings.length,
      kept: gate.counts.total,
      blocking: gate.counts.blocking,
      sarifBytes: sarif.text.length,
      sarifGzip: sarif.gzipBytes,
      cuts: sarif.cuts,
      summaryBytes: summary.length,
    };
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...extra }));
}

function spawnJob(kind: 'parse' | 'gate'): Json {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), kind], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${kind} job failed: ${r.stderr}`);
  const value: unknown = JSON.parse(r.stdout);
  if (!isJson(value)) throw new Error(`${kind} job printed no result`);
  return value;
}

const mode = process.argv[2];
if (mode === 'parse' || mode === 'gate') job(mode);
else {
  mkdirSync(out, { recursive: true });
  const findings = buildLargeReport();
  const bytes = readFileSync(large).length;
  console.log(`report: ${findings} findings, ${(bytes / 1024 / 1024).toFixed(1)} MiB (${large})`);
  const parse: Json[] = [];
  const gate: Json[] = [];
  // Interleaved so both see the same machine load.
  for (let i = 0; i < runs; i++) {
    parse.push(spawnJob('parse'));
    gate.push(spawnJob('gate'));
  }
  const ms = (xs: Json[]): number => median(xs.map((x) => Number(x['ms'])));
  const rss = (xs: Json[]): number => median(xs.map((x) => Number(x['maxRssMiB'])));
  const g = gate[0] ?? {};
  console.log(`JSON.parse (floor): median ${ms(parse).toFixed(0)} ms, peak RSS ${rss(parse).toFixed(0)} MiB`);
  console.log(
    `gate (read, normalise, dedupe, decide, SARIF, JSON, summary): median ${ms(gate).toFixed(0)} ms, peak RSS ${rss(gate).toFixed(0)} MiB`,
  );
  console.log(`ratio gate / JSON.parse: time ${(ms(gate) / ms(parse)).toFixed(1)}x, memory ${(rss(gate) / rss(parse)).toFixed(1)}x`);
  console.log(`findings read ${String(g['findings'])}, counted ${String(g['kept'])}, blocking ${String(g['blocking'])}`);
  const sarifText = readFileSync(join(out, 'result.sarif'));
  console.log(
    `SARIF: ${(Number(g['sarifBytes']) / 1024 / 1024).toFixed(1)} MiB, ${(gzipSync(sarifText).length / 1024 / 1024).toFixed(2)} MiB gzipped (limit 10), cut: ${JSON.stringify(g['cuts'])}`,
  );
}
