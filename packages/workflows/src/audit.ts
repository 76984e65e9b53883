import { basename } from 'node:path';
import { UserError } from '@slipway/core';
import { parseWithGitHub } from './github-parser.js';
import { RULES, type AuditOptions, type Category, type Confidence, type Severity } from './rules/index.js';
import { coveredLines, readSuppressions, type Suppression } from './suppressions.js';
import { workflowModel, type FileKind } from './workflow-model.js';
import { parseYamlTree, type YDocument } from './yaml-tree.js';

/** Rule ids of findings that are not hardening rules and can never be suppressed. */
export const INVALID_FILE = 'invalid-file';
export const INVALID_SUPPRESSION = 'invalid-suppression';

/** One finding, located and with its fix. */
export interface Finding {
  rule: string;
  severity: Severity;
  confidence: Confidence;
  category: Category;
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
  /** True when no finding at the reported confidence is left after suppressions. */
  passed: boolean;
  /** Findings at or above the reported confidence (high by default). */
  findings: Finding[];
  /** Findings below the reported confidence: kept in JSON, not shown or counted by default. */
  belowConfidence: Finding[];
  suppressed: Finding[];
  /** Suppressions that matched no finding (stale, or a typo in the line). */
  unusedSuppressions: Suppression[];
}

/** What the audit reports besides the rules' options. */
export interface ReportOptions {
  /** The lowest confidence that is reported and fails the audit (default `high`). */
  minConfidence?: Confidence;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** An action's metadata file, by name; everything else audited is a workflow. */
export function fileKind(path: string): FileKind {
  return /^action\.ya?ml$/.test(basename(path)) ? 'action' : 'workflow';
}

/**
 * Audits one file's text: GitHub's parser, then every hardening rule, then the file's
 * suppressions; findings below `minConfidence` are kept apart.
 */
export async function auditText(
  file: string,
  content: string,
  options: AuditOptions & ReportOptions,
  kind: FileKind = fileKind(file),
  extra: readonly Finding[] = [],
): Promise<FileAudit> {
  const raw: Finding[] = [];
  const invalid = (message: string, line: number, column = 1): Finding => ({
    rule: INVALID_FILE,
    severity: 'high',
    confidence: 'high',
    category: 'validation',
    title: kind === 'workflow' ? 'GitHub cannot parse this workflow' : 'GitHub cannot parse this action',
    message,
    fix: 'Correct the file so that GitHub accepts it; until then it does not run at all (or runs in a way nobody reviewed).',
    file,
    line,
    column,
  });
  const parsed = await parseWithGitHub(kind, file, content);
  let doc: YDocument | undefined = parsed.tree;
  if (!doc) {
    try {
      doc = parseYamlTree(content, file);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const at = /:(\d+):(\d+): /.exec(error.message);
      const finding = invalid(error.message.replace(/^.*?:\d+:\d+: /, ''), Number(at?.[1] ?? 1), Number(at?.[2] ?? 1));
      return { file, kind, passed: false, findings: [finding], belowConfidence: [], suppressed: [], unusedSuppressions: [] };
    }
  }
  for (const e of parsed.errors) raw.push(invalid(e.message, e.line, e.column));
  const model = workflowModel(kind, doc);
  for (const rule of RULES) {
    if (!rule.appliesTo.includes(kind)) continue;
    for (const f of rule.check(model, options)) {
      raw.push({
        rule: rule.id,
        severity: f.severity ?? rule.severity,
        confidence: f.confidence ?? rule.confidence,
        category: rule.category,
        title: rule.title,
        message: f.message,
        fix: f.fix ?? rule.fix,
        file,
        line: f.line,
        column: f.column ?? 1,
      });
    }
  }
  raw.push(...extra.filter((f) => f.file === file));
  const { suppressions, problems } = readSuppressions(doc.lines);
  for (const p of problems) {
    raw.push({
      rule: INVALID_SUPPRESSION,
      severity: 'medium',
      confidence: 'high',
      category: 'validation',
      title: 'Suppression comment that cannot be honoured',
      message: p.message,
      fix: 'Name an existing rule and say why the finding is safe to ignore.',
      file,
      line: p.line,
      column: 1,
    });
  }
  const used = new Set<Suppression>();
  const shown: Finding[] = [];
  const below: Finding[] = [];
  const suppressed: Finding[] = [];
  const min = CONFIDENCE_RANK[options.minConfidence ?? 'high'];
  for (const f of raw) {
    const match =
      f.rule === INVALID_FILE || f.rule === INVALID_SUPPRESSION
        ? undefined
        : suppressions.find((s) => s.rule === f.rule && (s.scope === 'file' || coveredLines(s, doc.lines).includes(f.line)));
    if (match) {
      used.add(match);
      suppressed.push({ ...f, suppression: { reason: match.reason, line: match.line } });
    } else if (CONFIDENCE_RANK[f.confidence] > min) below.push(f);
    else shown.push(f);
  }
  const order = (a: Finding, b: Finding): number => a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
  return {
    file,
    kind,
    passed: shown.length === 0,
    findings: shown.sort(order),
    belowConfidence: below.sort(order),
    suppressed: suppressed.sort(order),
    unusedSuppressions: suppressions.filter((s) => !used.has(s)),
  };
}
