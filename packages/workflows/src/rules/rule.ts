import type { WorkflowModel } from '../workflow-model.js';

/** How bad a finding is; SARIF levels and security-severity scores follow from it. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** One problem a rule found, before suppressions are applied. */
export interface RawFinding {
  message: string;
  line: number;
  column?: number;
  /** Overrides the rule's severity (template injection from event payloads is worse than from inputs). */
  severity?: Severity;
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
}

/** A hardening rule: an id users suppress by, a default severity, and the fix. */
export interface Rule {
  id: string;
  title: string;
  severity: Severity;
  /** Why it matters, for SARIF help and the docs. */
  description: string;
  fix: string;
  appliesTo: readonly ('workflow' | 'action')[];
  check(model: WorkflowModel, options: AuditOptions): RawFinding[];
}
