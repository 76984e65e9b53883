import { resolve } from 'node:path';
import { systemClock, writeTextFile } from '@slipway/core';
import { gateOutputs, gateSummary, loadGateInputs, runGate, type GateJson } from '@slipway/scan';
import { EXIT, leaf, printJson, required, type CliIO } from '../command.js';
import { VERSION } from '../version.js';

const writeOut = (io: CliIO, path: string, text: string): Promise<void> => writeTextFile(resolve(io.cwd, path), text);

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
  const c = result.counts;
  lines.push('', `${c.total} findings, ${c.blocking} blocking, ${c.suppressed} suppressed`);
  return `${lines.join('\n')}\n`;
}

/** `slipway scan-gate`: gates scanner reports by a policy, as the container-scan-gate action does. */
export const scanGateCommand = leaf({
  name: 'scan-gate',
  summary: 'gate Trivy and Grype reports by one policy; write SARIF, JSON and a summary',
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
    'Exit codes: 0 pass, 1 blocked by the policy, 2 bad usage or an unreadable report or policy.',
  ].join('\n'),
  run: async ({ values }, io) => {
    const reports = required(values.report, 'report').map((p) => resolve(io.cwd, p));
    const loaded = await loadGateInputs({ reports, ...(values.policy ? { policy: resolve(io.cwd, values.policy) } : {}) });
    const gate = runGate({ reports: loaded.reports, policy: loaded.policy, now: systemClock.now() });
    const { sarif, json: result } = gateOutputs(gate, loaded.policy, VERSION);
    if (values.sarif) await writeOut(io, values.sarif, sarif.text);
    if (values.summary) await writeOut(io, values.summary, gateSummary(result));
    if (values.json === '-') printJson(io, result);
    else {
      if (values.json) await writeOut(io, values.json, `${JSON.stringify(result, null, 2)}\n`);
      io.stdout(formatDecision(result));
    }
    return result.decision === 'pass' ? EXIT.ok : EXIT.rejected;
  },
});
