import { resolve } from 'node:path';
import {
  assertDistinctOutputs,
  PolicyError,
  publishRecords,
  writeOutputFiles,
  type NamedPath,
  type Ports,
  type RecordSink,
  type ScanOutcomeRecord,
} from '@slipway/core';
import {
  fingerprint,
  gateInputPaths,
  gateOutputs,
  gateSummary,
  loadGateInputs,
  runGate,
  SEVERITIES,
  type GateResult,
  type Policy,
  type ScanReport,
  type GateFiles,
  type SlaState,
} from '@slipway/scan';
import { parseTarget, type Inputs } from './inputs.js';
import { malwareScan } from './malware-scan.js';
import type { ScannerLocator } from './scanner-install.js';
import { scanImage } from './scanner-run.js';
import type { SlaStore } from './sla-store.js';

/** What `run` needs besides the ports: where files are, the SLA store and the scanner locator. */
export interface RunDeps {
  cwd: string;
  slaStore?: SlaStore;
  locator: ScannerLocator;
  version: string;
  /** Where the scan records go (ci-metrics' scan pass rate); none when absent. */
  records?: RecordSink;
}

// Findings of a directory scan have no image: their SLA state is kept under this name.
const FILESYSTEM = 'filesystem';

const KIND_OUTPUTS = {
  vulnerability: 'vulnerabilities',
  misconfiguration: 'misconfigurations',
  secret: 'secrets',
  license: 'licenses',
  malware: 'malware',
} as const;

function hasSla(policy: Policy): boolean {
  return [policy, ...policy.overrides.map((o) => o.rules)].some((r) => Object.keys(r.sla).length > 0);
}

async function scanned(inputs: Inputs, ports: Ports, deps: RunDeps): Promise<ScanReport[]> {
  const reports: ScanReport[] = [];
  if (inputs.image.length > 0) {
    const binary = await deps.locator.locate(inputs.scanner, {
      ...(inputs.scannerPath ? { path: resolve(deps.cwd, inputs.scannerPath) } : {}),
      ...(inputs.scannerVersion ? { version: inputs.scannerVersion } : {}),
    });
    for (const line of inputs.image) {
      const target = parseTarget(line, 'image');
      const report = await ports.log.group(`${inputs.scanner}: ${target.name}`, () =>
        scanImage(ports.exec, binary, inputs.scanner, target, {
          cwd: deps.cwd,
          scanners: inputs.scanners,
          extraArgs: inputs.scannerArgs,
        }),
      );
      ports.log.info(`${target.name}: ${report.findings.length} findings`);
      reports.push(report);
    }
  }
  for (const line of inputs.malwareScan) {
    const target = parseTarget(line, 'malware-scan');
    const report = await malwareScan(ports.exec, target, {
      cwd: deps.cwd,
      ...(inputs.clamavDatabase ? { database: inputs.clamavDatabase } : {}),
    });
    ports.log.info(`clamscan ${target.name}: ${report.findings.length} infected files`);
    reports.push(report);
  }
  return reports;
}

async function restoreSla(store: SlaStore | undefined, images: string[]): Promise<SlaState> {
  const firstSeen: Record<string, string> = {};
  for (const image of images) Object.assign(firstSeen, (await store?.restore(image || FILESYSTEM))?.firstSeen);
  return { version: 1, firstSeen };
}

async function saveSla(store: SlaStore | undefined, gate: GateResult, images: string[]): Promise<void> {
  if (!store) return;
  for (const image of images) {
    const mine = gate.findings.filter((f) => (f.finding.image ?? '') === image).map((f) => f.fingerprint);
    const firstSeen = Object.fromEntries(mine.map((fp) => [fp, gate.nextSla.firstSeen[fp] ?? '']));
    await store.save(image || FILESYSTEM, { version: 1, firstSeen });
  }
}

/**
 * One scan record per scanned subject (the image or directory a report names, else its file).
 * A subject fails when one of its own findings blocks; a failed gate whose blocking findings
 * belong to no report fails every subject, so a record never shows a pass the gate did not give.
 */
export function scanRecords(reports: readonly ScanReport[], gate: GateResult): ScanOutcomeRecord[] {
  // By fingerprint: the gate merges the same finding seen in two reports into one.
  const blockingFindings = new Set(gate.findings.filter((f) => f.blocking).map((f) => f.fingerprint));
  const bySubject = new Map<string, number>();
  for (const r of reports) {
    const subject = r.artifact ?? r.source;
    bySubject.set(subject, (bySubject.get(subject) ?? 0) + r.findings.filter((f) => blockingFindings.has(fingerprint(f))).length);
  }
  const attributed = [...bySubject.values()].some((n) => n > 0);
  return [...bySubject].map(([subject, blocking]) => {
    const fail = gate.decision === 'fail' && (blocking > 0 || !attributed);
    return { type: 'scan', subject, decision: fail ? 'fail' : 'pass', blocking };
  });
}

/** Scans or reads the reports, gates them by the policy, writes SARIF, JSON and the summary, and fails on a blocked decision. */
export async function run(inputs: Inputs, ports: Ports, deps: RunDeps): Promise<void> {
  const at = (p: string): string => resolve(deps.cwd, p);
  const files: GateFiles = {
    reports: inputs.reports.map(at),
    ...(inputs.policy === undefined ? {} : { policy: at(inputs.policy) }),
    ignoreFiles: inputs.ignoreFiles.map(at),
    vex: inputs.vex.map(at),
    allowNoReports: true,
  };
  const sarifPath = at(inputs.sarif);
  const jsonPath = at(inputs.json);
  // Before any scan: an output onto a report, the policy, an ignore file or a VEX document would replace what the gate reads.
  const read: NamedPath[] = [
    ...gateInputPaths(files, {
      reports: "input 'reports'",
      policy: "input 'policy'",
      ignoreFiles: "input 'ignore-files'",
      vex: "input 'vex'",
    }),
    ...(inputs.clamavDatabase ? [{ path: at(inputs.clamavDatabase), name: "input 'clamav-database'" }] : []),
  ];
  await assertDistinctOutputs(read, [
    { path: sarifPath, name: "input 'sarif'" },
    { path: jsonPath, name: "input 'json'" },
  ]);
  const loaded = await loadGateInputs(files);
  const reports = [...loaded.reports, ...(await scanned(inputs, ports, deps))];
  const now = ports.clock.now();
  const images = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.image ?? '')))];
  const slaStore = hasSla(loaded.policy) && inputs.slaCache ? deps.slaStore : undefined;
  const sla = await restoreSla(slaStore, images);
  const gate = runGate({ reports, policy: loaded.policy, rules: loaded.rules, vexProblems: loaded.vexProblems, sla, now });
  await saveSla(slaStore, gate, images);

  const { sarif, json } = gateOutputs(gate, loaded.policy, deps.version);
  // Both or neither: a SARIF without its JSON (or the reverse) would describe a run half-written.
  await writeOutputFiles([
    { path: sarifPath, text: sarif.text, what: 'SARIF output' },
    { path: jsonPath, text: `${JSON.stringify(json, null, 2)}\n`, what: 'JSON result' },
  ]);

  ports.outputs.set('decision', gate.decision);
  ports.outputs.set('blocking', gate.counts.blocking);
  ports.outputs.set('total', gate.counts.total);
  ports.outputs.set('suppressed', gate.counts.suppressed);
  for (const s of SEVERITIES) ports.outputs.set(s.toLowerCase(), gate.counts.bySeverity[s]);
  for (const [kind, name] of Object.entries(KIND_OUTPUTS)) ports.outputs.set(name, gate.counts.byKind[kind as keyof typeof KIND_OUTPUTS]);
  ports.outputs.set('counts', JSON.stringify(gate.counts));
  ports.outputs.set('sarif', sarifPath);
  ports.outputs.set('json', jsonPath);
  await ports.summary.append(gateSummary(json));

  for (const n of json.notes) ports.log.warning(n);
  for (const u of json.exceptions.expiring)
    ports.log.warning(`Exception ${u.id} (${u.source}) expires on ${u.expires ?? ''}: ${u.daysLeft ?? 0} days left`);
  for (const u of json.exceptions.expired)
    ports.log.warning(`Exception ${u.id} (${u.source}) expired on ${u.expires ?? ''} and no longer suppresses anything`);
  for (const p of json.vexProblems) ports.log.warning(`${p.source}: ${p.vulnerability}: ${p.problem}`);
  for (const c of sarif.cuts) ports.log.warning(`SARIF ${c.category}: ${c.dropped} results left out to fit GitHub's limits`);
  for (const b of json.blocking.slice(0, 20)) {
    ports.log.error(`${b.severity} ${b.kind} ${b.id}${b.package ? ` in ${b.package} ${b.version ?? ''}` : ''}: ${b.reasons.join('; ')}`, {
      title: `container-scan-gate: ${b.id}`,
    });
  }
  // Recorded before the decision is enforced, so failed gates count in the pass rate too.
  await publishRecords(deps.records, inputs.record, scanRecords(reports, gate), 'container-scan-gate', ports.log);
  if (gate.decision === 'fail')
    throw new PolicyError(`Container scan gate: fail. ${gate.why.join('. ')}.`, { hint: `details in ${jsonPath} and the job summary` });
  ports.log.info(`Container scan gate: pass. ${gate.why.join('. ')}.`);
}
