import type { AdvisorySnapshot } from '../advisories.js';
import type { Confidence } from '../taint.js';
import type { WorkflowModel } from '../workflow-model.js';

/** How bad a finding is; SARIF levels and security-severity scores follow from it. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export type { Confidence } from '../taint.js';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/**
 * What a finding is about: `security` (an attacker's way in), `hygiene` (cost and reliability,
 * such as a missing timeout) or `validation` (GitHub would reject or misread the file).
 */
export type Category = 'security' | 'hygiene' | 'validation';

/** One problem a rule found, before suppressions are applied. */
export interface RawFinding {
  message: string;
  line: number;
  column?: number;
  /** Overrides the rule's severity (template injection from event payloads is worse than from inputs). */
  severity?: Severity;
  /** Overrides the rule's confidence. */
  confidence?: Confidence;
  /** Overrides the rule's general fix with a concrete one. */
  fix?: string;
}

/** What a rule may know besides the file. */
export interface AuditOptions {
  /**
   * Owners whose actions and reusable workflows may be pinned to a release tag (`v1`, `v1.2.3`)
   * rather than a commit SHA: an org's own actions, released by its own tag discipline.
   */
  trustedOwners: readonly string[];
  /**
   * The text of a workflow this repository calls by local path (`./.github/workflows/x.yml`), when
   * it is among the audited files: cross-file rules (the concurrency deadlock) read it.
   */
  readLocalWorkflow?: (path: string) => string | undefined;
  /** The text of a local action's metadata (`./path` -> `path/action.yml`), when audited too. */
  readLocalAction?: (path: string) => string | undefined;
  /** `uses:` patterns (`owner/*`, `owner/repo`) that may not be used at all (forbidden-uses). */
  forbiddenUses?: readonly string[];
  /** The advisory snapshot known-vulnerable-actions reads (default: the one shipped). */
  advisories?: AdvisorySnapshot;
}

/** A hardening rule: an id users suppress by, a default severity and confidence, and the fix. */
export interface Rule {
  id: string;
  title: string;
  severity: Severity;
  /** How often a finding of this rule is real on hardened workflows; only `high` shows by default. */
  confidence: Confidence;
  category: Category;
  /** Why it matters, for SARIF help and the docs. */
  description: string;
  fix: string;
  appliesTo: readonly ('workflow' | 'action')[];
  check(model: WorkflowModel, options: AuditOptions): RawFinding[];
}
