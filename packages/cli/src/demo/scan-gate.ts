import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gateOutputs, gateSummary, loadGateInputs, runGate } from '@slipway/scan';
import type { DemoContext, DemoStage } from './stage.js';

// The sample image's report: a real Trivy run (secret and misconfiguration scanners) over the
// sample packaged as an image filesystem; how it was made is in the fixture folder's README.
const REPORT = join('test', 'fixtures', 'scan', 'sample', 'trivy-sample-image.json');

const POLICIES = {
  platform:
    '# The shared default: critical findings, secrets and malware block.\nvulnerabilities: {fail-on: critical}\nmisconfigurations: {fail-on: critical}\n',
  hardened:
    '# A stricter policy for internet-facing images: high misconfigurations block too.\nvulnerabilities: {fail-on: high}\nmisconfigurations: {fail-on: high}\n',
};

async function gateWith(
  ctx: DemoContext,
  name: keyof typeof POLICIES,
  report: string,
): Promise<{ decision: string; line: string; files: Record<string, string> }> {
  const dir = join(ctx.outDir, 'scan-gate', name);
  await mkdir(dir, { recursive: true });
  const policyPath = join(dir, 'policy.yml');
  await writeFile(policyPath, POLICIES[name]);
  const loaded = await loadGateInputs({ reports: [report], policy: policyPath });
  const gate = runGate({ reports: loaded.reports, policy: loaded.policy, now: ctx.clock.now() });
  const { sarif, json } = gateOutputs(gate, loaded.policy, 'demo');
  const files = { [`${name} summary`]: join(dir, 'summary.md'), [`${name} SARIF`]: join(dir, 'scan.sarif') };
  await writeFile(join(dir, 'summary.md'), gateSummary(json, { title: `Sample image, ${name} policy` }));
  await writeFile(join(dir, 'scan.sarif'), sarif.text);
  await writeFile(join(dir, 'result.json'), `${JSON.stringify(json, null, 2)}\n`);
  const blocking = json.blocking.map((b) => `${b.id} (${b.severity.toLowerCase()} ${b.kind})`).join(', ');
  ctx.log(`${name} policy: ${json.decision}; ${json.why.join('; ')}${blocking ? `: ${blocking}` : ''}`);
  return { decision: json.decision, line: `${name} ${json.decision}`, files };
}

/** Gates the sample image's scan report twice: the shared policy passes it, a hardened one blocks it. */
export const scanGateStage: DemoStage = {
  name: 'scan-gate',
  title: 'Container scan gate on the sample image (a passing and a blocked policy)',
  run: async (ctx) => {
    const report = resolve(ctx.sampleDir, '..', REPORT);
    const pass = await gateWith(ctx, 'platform', report);
    const block = await gateWith(ctx, 'hardened', report);
    ctx.shared.set('scan.decision', pass.decision);
    return {
      ok: pass.decision === 'pass' && block.decision === 'fail',
      headline: `${pass.line}, ${block.line} (expected: platform pass, hardened fail)`,
      outputs: { ...pass.files, ...block.files },
    };
  },
};
