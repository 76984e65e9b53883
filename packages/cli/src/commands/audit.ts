import { resolve } from 'node:path';
import { writeTextFile } from '@slipway/core';
import { auditAll, collectAuditInputs, formatAuditSarif, formatAuditSummary, formatAuditText } from '@slipway/workflows';
import { EXIT, leaf, printJson, UsageError } from '../command.js';
import { VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** `slipway audit PATH...`: validates and audits workflow and action files. */
export const auditCommand = leaf({
  name: 'audit',
  summary: "audit workflows and actions for hardening (GitHub's parser plus pinning, permissions, injection, ... rules)",
  usage: 'audit PATH... [--format text|json|sarif] [--json] [--sarif OUT] [--summary OUT] [--trust-owner OWNER]...',
  positionals: 'any',
  options: {
    format: { type: 'string', value: 'FORMAT', description: 'what to print on stdout: text (default), json or sarif' },
    json: { type: 'boolean', description: 'same as --format json' },
    sarif: { type: 'string', value: 'OUT', description: 'also write SARIF 2.1.0 (for code scanning) to OUT' },
    summary: { type: 'string', value: 'OUT', description: 'also write the markdown summary to OUT' },
    'trust-owner': {
      type: 'string',
      multiple: true,
      value: 'OWNER',
      description: "an owner whose actions may be pinned to a release tag (v1, v1.2.3) instead of a SHA, e.g. your org's own",
    },
  },
  details: [
    'PATH is a workflow or action file, or a folder: every action.yml and every YAML file with a',
    'top-level jobs: below it (node_modules, .git and dist are skipped).',
    '',
    'Suppress a finding in the file, with a reason, on its line or the line above:',
    '  # slipway-audit: ignore <rule-id> -- <why this is safe>',
    'or for the whole file: # slipway-audit: ignore-file <rule-id> -- <why>',
    '',
    'Exit codes: 0 no finding left, 1 at least one finding, 2 a path that cannot be read or bad usage.',
  ].join('\n'),
  run: async ({ values, positionals }, io) => {
    if (positionals.length === 0) throw new UsageError('give at least one workflow file or folder, e.g. slipway audit .github/workflows');
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
    const inputs = await collectAuditInputs(positionals, io.cwd);
    const report = await auditAll(inputs, { trustedOwners: values['trust-owner'] ?? [] });
    const sarif = formatAuditSarif(report, VERSION);
    if (values.sarif) await writeTextFile(resolve(io.cwd, values.sarif), `${JSON.stringify(sarif, null, 2)}\n`);
    if (values.summary) await writeTextFile(resolve(io.cwd, values.summary), formatAuditSummary(report));
    if (format === 'json') printJson(io, report);
    else if (format === 'sarif') printJson(io, sarif);
    else io.stdout(formatAuditText(report));
    return report.passed ? EXIT.ok : EXIT.rejected;
  },
});
