import { join } from 'node:path';
import { Markdown, writeOutputFiles, type Ports } from '@slipway/core';
import { selectShard, shardSelection, shellQuote } from '@slipway/shard';
import { buildPlan, type RunContext } from './build-plan.js';
import type { Inputs } from './inputs.js';

/** Select mode: recompute the plan and hand this shard its tests and a command line. */
export async function selectMode(inputs: Inputs, ports: Ports, ctx: RunContext): Promise<void> {
  const index = inputs.shardIndex ?? 0;
  const count = inputs.shardCount ?? 1;
  const { plan, runner } = await buildPlan(inputs, ctx, ports, { count, ...(inputs.timingsKey ? { exactKey: inputs.timingsKey } : {}) });
  const shard = selectShard(plan, index, count, inputs.planFingerprint || undefined);
  const testsFile = join(ctx.tempDir, `slipway-test-shard-${index}.txt`);
  const argsFile = join(ctx.tempDir, `slipway-test-shard-${index}.args`);
  const selection = runner
    ? shardSelection(runner, plan, shard, { ...(inputs.commandTemplate ? { template: inputs.commandTemplate } : {}), testsFile, argsFile })
    : undefined;
  const args = selection?.argsText ?? `${(selection?.invocations[0] ?? shard.tests).join('\n')}\n`;
  await writeOutputFiles([
    { path: testsFile, text: `${shard.tests.join('\n')}\n`, what: 'shard test list' },
    { path: argsFile, text: args, what: 'shard runner arguments' },
  ]);
  const command = selection?.command ?? '';
  if (!runner) ports.log.notice("No runner could be inferred from the timings, so no command line was written; set 'runner'");
  ports.outputs.set('tests', shard.tests.join('\n'));
  ports.outputs.set('tests-space', shard.tests.map(shellQuote).join(' '));
  ports.outputs.set('tests-file', testsFile);
  ports.outputs.set('args-file', argsFile);
  ports.outputs.set('command', command);
  ports.outputs.set('test-count', shard.tests.length);
  ports.outputs.set('predicted-seconds', shard.predictedSeconds);
  ports.outputs.set('plan-fingerprint', plan.fingerprint);
  ports.outputs.set('runner', runner ?? '');
  ports.log.info(`Shard ${index + 1} of ${count}: ${shard.tests.length} entries, predicted ${shard.predictedSeconds} s`);
  if (command) ports.log.info(`Command: ${command}`);
  const md = new Markdown()
    .heading(`Test shard ${index + 1} of ${count}`, 2)
    .paragraph(
      `${shard.tests.length} entries, predicted **${shard.predictedSeconds.toFixed(1)} s** (longest shard ${plan.makespanSeconds.toFixed(1)} s).`,
    );
  if (command) md.code(command, 'sh');
  md.details('Tests in this shard', shard.tests.map((t) => `- \`${t}\``).join('\n'));
  await ports.summary.append(md.toString());
}
