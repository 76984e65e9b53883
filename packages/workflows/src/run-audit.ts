import type { AdvisorySnapshot } from './advisories.js';
import { collectAuditInputs, type AuditInput } from './collect-files.js';
import { fixFile } from './fix/fix-file.js';
import type { PinResolver } from './fix/pins.js';
import { unifiedDiff } from './fix/text-diff.js';
import type { ActionsApi } from './online/github-api.js';
import { onlineFindings } from './online/online-audit.js';
import { auditAll, type AuditReport } from './report.js';
import type { Confidence } from './rules/index.js';

/** Everything one audit run needs: the files, the policy, and the API when online. */
export interface AuditRequest {
  paths: readonly string[];
  /** The folder paths are relative to and reported against. */
  base: string;
  trustedOwners: readonly string[];
  forbiddenUses?: readonly string[];
  minConfidence?: Confidence;
  /** A refreshed advisory snapshot instead of the shipped one. */
  advisories?: AdvisorySnapshot;
  /** The GitHub API for the online audits; offline when absent. */
  api?: ActionsApi;
}

/** The one audit orchestration the CLI and the action share: collect, audit offline, add the online findings. */
export async function runAudit(request: AuditRequest): Promise<{ inputs: AuditInput[]; report: AuditReport }> {
  const inputs = await collectAuditInputs(request.paths, request.base);
  const extra = request.api ? await onlineFindings(inputs, request.api) : [];
  const report = await auditAll(
    inputs,
    {
      trustedOwners: request.trustedOwners,
      ...(request.forbiddenUses ? { forbiddenUses: request.forbiddenUses } : {}),
      ...(request.minConfidence ? { minConfidence: request.minConfidence } : {}),
      ...(request.advisories ? { advisories: request.advisories } : {}),
    },
    extra,
  );
  return { inputs, report };
}

/** The fix of one file: its text before and after, what was done and left, and the diff. */
export interface FileFix {
  file: string;
  before: string;
  after: string;
  applied: string[];
  skipped: string[];
  diff: string;
}

/** Plans the mechanical fixes of every audited file (nothing is written here). */
export async function planFixes(
  inputs: readonly AuditInput[],
  resolvePin: PinResolver,
  trustedOwners: readonly string[],
): Promise<FileFix[]> {
  const out: FileFix[] = [];
  for (const input of inputs) {
    const result = await fixFile(input.content, input.kind, { resolvePin, trustedOwners });
    out.push({
      file: input.file,
      before: input.content,
      after: result.content,
      applied: result.applied,
      skipped: result.skipped,
      diff: unifiedDiff(input.content, result.content, input.file),
    });
  }
  return out;
}
