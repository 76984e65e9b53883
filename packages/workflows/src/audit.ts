import { basename } from 'node:path';
import { UserError } from '@slipway/core';
import { githubParserErrors } from './github-parser.js';
import { RULES, type AuditOptions, type Severity } from './rules/index.js';
import { coveredLines, readSuppressions, type Suppression } from './suppressions.js';
import { workflowModel, type FileKind } from './workflow-model.js';
import { parseYamlTree } from './yaml-tree.js';

/** Rule ids of findings that are not hardening rules and can never be suppressed. */
export const INVALID_FILE = 'invalid-file';
export const INVALID_SUPPRESSION = 'invalid-suppression';

/** One finding, located and with its fix. */
export interface Finding {
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  fix: string;
  file: string;
  line: number;
  column: number;
  /** Set when an in-file comment suppresses it. */
  suppression?: { reason: string; line: number };
}

/** The audit of one file. */
export interface FileAudit {
  file: string;
  kind: FileKind;
  /** True when no finding is left after suppressions. */
  passed: boolean;
  findings: Finding[];
  suppressed: Finding[];
  /** Suppressions that matched no finding (stale, or a typo in the line). */
  unusedSuppressions: Suppression[];
}

/** An action's metadata file, by name; everything else audited is a workflow. */
export function fileKind(path: string): FileKind {
  return /^action\.ya?ml$/.test(basename(path)) ? 'action' : 'workflow';
}

/** Audits one file's text: GitHub's parser, then every hardening rule, then the file's suppressions. */
export async function auditText(file: string, content: string, options: AuditOptions, kind: FileKind = fileKind(file)): Promise<FileAudit> {
  const raw: Finding[] = [];
  const invalid = (message: string, line: number, column = 1): Finding => ({
    rule: INVALID_FILE,
    severity: 'high',
    title: kind === 'workflow' ? 'GitHub cannot parse this workflow' : 'GitHub cannot parse this action',
    message,
    fix: 'Correct the file so that GitHub accepts it; until then it does not run at all (or runs in a way nobody reviewed).',
    file,
    line,
    column,
  });
  let doc;
  try {
    doc = parseYamlTree(content, file);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const at = /:(\d+):(\d+): /.exec(error.message);
    const finding = invalid(error.message.replace(/^.*?:\d+:\d+: /, ''), Number(at?.[1] ?? 1), Number(at?.[2] ?? 1));
    return { file, kind, passed: false, findings: [finding], suppressed: [], unusedSuppressions: [] };
  }
  for (const e of await githubParserErrors(kind, file, content)) raw.push(invalid(e.message, e.line, e.column));
  const model = workflowModel(kind, doc);
  for (const rule of RULES) {
    if (!rule.appliesTo.includes(kind)) continue;
    for (const f of rule.check(model, options)) {
      raw.push({
        rule: rule.id,
        severity: f.severity ?? rule.severity,
        title: rule.title,
        message: f.message,
        fix: f.fix ?? rule.fix,
        file,
        line: f.line,
        column: f.column ?? 1,
      });
    }
  }
  const { suppressions, problems } = readSuppressions(doc.lines);
  for (const p of problems) {
    raw.push({
      rule: INVALID_SUPPRESSION,
      severity: 'medium',
      title: 'Suppression comment that cannot be honoured',
      message: p.message,
      fix: 'Name an existing rule and say why the finding is safe to ignore.',
      file,
      line: p.line,
      column: 1,
    });
  }
  const used = new Set<Suppression>();
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of raw) {
    const match =
      f.rule === INVALID_FILE || f.rule === INVALID_SUPPRESSION
        ? undefined
        : suppressions.find((s) => s.rule === f.rule && (s.scope === 'file' || coveredLines(s, doc.lines).includes(f.line)));
    if (match) {
      used.add(match);
      suppressed.push({ ...f, suppression: { reason: match.reason, line: match.line } });
    } else findings.push(f);
  }
  const order = (a: Finding, b: Finding): number => a.line - b.line || a.rule.localeCompare(b.rule);
  return {
    file,
    kind,
    passed: findings.length === 0,
    findings: findings.sort(order),
    suppressed: suppressed.sort(order),
    unusedSuppressions: suppressions.filter((s) => !used.has(s)),
  };
}
