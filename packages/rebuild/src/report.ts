import { Markdown } from '@slipway/core';
import type { ContentDifference } from './explain/difference.js';
import type { RebuildResult } from './result.js';

function differenceLines(d: ContentDifference, indent: string): string[] {
  const out = [`${indent}${d.summary}`];
  for (const l of d.lines ?? [])
    out.push(`${indent}  line ${l.line}: ${JSON.stringify(l.first ?? '(none)')} vs ${JSON.stringify(l.second ?? '(none)')}`);
  for (const m of (d.members ?? []).slice(0, 10)) {
    out.push(`${indent}  ${m.member}: ${m.details.join('; ')}`);
    if (m.inner && (m.inner.lines?.length || m.inner.members?.length)) out.push(...differenceLines(m.inner, `${indent}    `));
  }
  if ((d.membersDiffering ?? 0) > 10) out.push(`${indent}  ...and ${(d.membersDiffering ?? 0) - 10} more members`);
  return out;
}

/** The result as lines for a terminal. */
export function formatRebuildText(result: RebuildResult): string {
  const out = [`${result.exitCode === 0 ? 'PASS' : 'FAIL'} ${result.headline}`];
  out.push(
    `  commit ${result.source.commit} (SOURCE_DATE_EPOCH=${result.source.sourceDateEpoch}), ${result.runs.length} run(s), network ${result.network}`,
  );
  out.push(`  hermetic: ${result.hermetic} - ${result.hermeticReason}`);
  out.push(`  varied: ${result.varied.join(', ') || 'nothing'}`);
  for (const n of result.notVaried) out.push(`  not varied: ${n.variation} - ${n.reason}`);
  for (const o of result.outputs) {
    out.push(
      `  ${o.reproducible ? 'same' : 'DIFFERS'} ${o.name} ${o.digests.map((d) => (d ? d.slice(0, 16) : 'missing')).join(' / ')}${o.published ? ` published ${o.published.sha256.slice(0, 16)} ${o.published.matches ? 'matches' : 'DOES NOT MATCH'}` : ''}`,
    );
    if (o.difference) {
      out.push(`    between ${o.difference.between}:`);
      out.push(...differenceLines(o.difference.explanation, '    '));
      for (const c of o.difference.causes) out.push(`    likely cause: ${c.title} (${c.evidence}); fix: ${c.fix}`);
    }
    if (o.diffoscope?.text) out.push(`    diffoscope: ${o.diffoscope.text}, ${o.diffoscope.html ?? ''}`);
    if (o.diffoscope?.problem) out.push(`    diffoscope: ${o.diffoscope.problem}`);
  }
  const failure = result.needsNetwork ?? result.buildFailure;
  if (failure) {
    out.push(`  ${result.needsNetwork ? 'needs the network' : 'build failed'}: run ${failure.run} exit ${failure.exitCode}; last output:`);
    out.push(...failure.lastLines.map((l) => `    | ${l}`));
  }
  return `${out.join('\n')}\n`;
}

/** The result as a job summary section. */
export function formatRebuildMarkdown(result: RebuildResult, bundlePath: string | undefined): string {
  const md = new Markdown().heading(`Reproducible build: ${result.exitCode === 0 ? 'passed' : 'failed'}`);
  md.table(
    ['', ''],
    [
      ['Verdict', result.headline],
      ['Hermetic', `${result.hermetic}: ${result.hermeticReason}`],
      ['Commit', `${result.source.commit} (SOURCE_DATE_EPOCH ${result.source.sourceDateEpoch})`],
      ['Varied', result.varied.join(', ') || 'nothing'],
      ...result.notVaried.map((n) => [`Not varied: ${n.variation}`, n.reason]),
      ['Attestation', bundlePath ?? 'not written'],
    ],
  );
  md.table(
    ['Output', 'Same in every run', ...result.runs.map((r) => `run ${r.run}`)],
    result.outputs.map((o) => [o.name, o.reproducible ? 'yes' : 'NO', ...o.digests.map((d) => (d ? `${d.slice(0, 12)}…` : 'missing'))]),
  );
  const differing = result.outputs.filter((o) => o.difference);
  if (differing.length > 0) {
    md.details(
      'Where the outputs differ, and the likely causes',
      differing
        .map(
          (o) =>
            `**${o.name}** (${o.difference?.between ?? ''})\n\n\`\`\`\n${differenceLines(o.difference?.explanation ?? { format: 'binary', summary: '' }, '').join('\n')}\n\`\`\`\n\n${(o.difference?.causes ?? []).map((c) => `- likely **${c.title}**: ${c.evidence}. Fix: ${c.fix}`).join('\n')}`,
        )
        .join('\n\n'),
    );
  }
  const failure = result.needsNetwork ?? result.buildFailure;
  if (failure)
    md.details(
      `${result.needsNetwork ? 'Needs the network' : 'Build failed'}: run ${failure.run}, exit ${failure.exitCode}`,
      `\`\`\`\n${failure.lastLines.join('\n')}\n\`\`\``,
    );
  return md.toString();
}
