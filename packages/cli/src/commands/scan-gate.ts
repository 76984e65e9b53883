import { resolve } from 'node:path';
import { assertDistinctOutputs, systemClock, writeOutputFiles, type OutputFile } from '@slipway/core';
import { gateInputPaths, gateOutputs, gateSummary, loadGateInputs, runGate, type GateFiles, type GateJson } from '@slipway/scan';
import { EXIT, leaf, printJson, required } from '../command.js';
import { VERSION } from '../version.js';
import { SUMMARIES } from './summaries.js';

/** The human-readable result: decision, why, then one line per blocking finding. */
export function formatDecision(result: GateJson): string {
  const lines = [`decision: ${result.decision}`, ...result.why.map((w) => `  ${w}`)];
  if (result.blocking.length > 0) {
    lines.push('', 'blocking findings:');
    for (const b of result.blocking) {
      const fixed = b.fixedVersions.length > 0 ? ` (fixed in ${b.fixedVersions.join(', ')})` : '';
      const where = b.package ? ` ${b.package}${b.version ? ` ${b.version}` : ''}` : b.path ? ` ${b.path}` : '';
      lines.push(`  ${b.severity.padEnd(8)} ${b.kind.padEnd(16)} ${b.id}${where}${fixed}${b.image ? ` [${b.image}]` : ''}`);
    }
  }
  if (result.notes.length > 0) lines.push('', 'notes:', ...result.notes.map((n) => `  ${n}`));
  const c = result.counts;
  lines.push('', `${c.total} findings, ${c.blocking} blocking, ${c.suppressed} suppressed`);
  return `${lines.join('\n')}\n`;
}

/** `slipway scan-gate`: gates scanner reports by a policy, as the container-scan-gate action does. */
export const scanGateCommand = leaf({
  name: 'scan-gate',
  summary: SUMMARIES['scan-gate'],
  usage: 'scan-gate --report FILE... [--policy FILE] [--sarif OUT] [--json OUT] [--summary OUT]',
  options: {
    report: { type: 'string', multiple: true, value: 'FILE', description: 'a Trivy or Grype JSON report' },
    policy: {
      type: 'string',
      value: 'FILE',
      description: 'the gate policy (YAML); default: critical vulnerabilities, secrets and malware block',
    },
    sarif: { type: 'string', value: 'OUT', description: 'write SARIF 2.1.0 for code scanning here' },
    json: { type: 'string', value: 'OUT', description: "write the JSON result here ('-' for stdout)" },
    summary: { type: 'string', value: 'OUT', description: 'write the markdown summary here' },
  },
  details: [
    'The JSON has decision, counts (byKind, bySeverity, byKindAndSeverity) and blocking',
    '(each with id, package, version, severity, kind).',
    '',
    'A report that says the scan failed (SCAN_FAILED) or that scanned nothing (SCAN_EMPTY, unless the',
    'policy sets allow-empty-scan) is refused; an output may not be one of the inputs (OUTPUT_IS_INPUT).',
    '',
    'Exit codes: 0 pass, 1 blocked by the policy, 2 bad usage, an unreadable, failed or empty report, or an unreadable policy.',
  ].join('\n'),
  run: async ({ values }, io) => {
    const files: GateFiles = {
      reports: required(values.report, 'report').map((p) => resolve(io.cwd, p)),
      ...(values.policy ? { policy: resolve(io.cwd, values.policy) } : {}),
    };
    const at = (flag: 'sarif' | 'json' | 'summary'): { path: string; name: string }[] => {
      const value = values[flag];
      return value && !(flag === 'json' && value === '-') ? [{ path: resolve(io.cwd, value), name: `--${flag}` }] : [];
    };
    const outputs = [...at('sarif'), ...at('json'), ...at('summary')];
    // Before any work: an output onto a report or the policy would replace what the gate read.
    await assertDistinctOutputs(gateInputPaths(files, { reports: '--report', policy: '--policy' }), outputs);
    const loaded = await loadGateInputs(files);
    const gate = runGate({ reports: loaded.reports, policy: loaded.policy, now: systemClock.now() });
    const { sarif, json: result } = gateOutputs(gate, loaded.policy, VERSION);
    const texts = { '--sarif': sarif.text, '--json': `${JSON.stringify(result, null, 2)}\n`, '--summary': gateSummary(result) };
    const writes: OutputFile[] = outputs.map((o) => ({
      path: o.path,
      text: texts[o.name as keyof typeof texts],
      what: `${o.name} output`,
    }));
    await writeOutputFiles(writes);
    if (values.json === '-') printJson(io, result);
    else io.stdout(formatDecision(result));
    return result.decision === 'pass' ? EXIT.ok : EXIT.rejected;
  },
});
