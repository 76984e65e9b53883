export {
  KINDS,
  SEVERITIES,
  compareSeverity,
  atLeast,
  normaliseSeverity,
  type Finding,
  type Kind,
  type Severity,
  type FixState,
} from './finding.js';
export type { ScanReport, ScannerSuppressed } from './report.js';
export { parseReport, detectFormat } from './read-report.js';
export { decodeTrivyReport, misconfigId } from './trivy-report.js';
export { decodeGrypeReport } from './grype-report.js';
export { parseClamscanOutput } from './clamav-report.js';
export { dedupeFindings, findingKey } from './dedupe.js';
export { decodePolicy, DEFAULT_POLICY, rulesFor, imageMatches, type Policy, type PolicyRules, type PolicyException } from './policy.js';
export { applySuppressions, ruleMatches, ruleStatus, daysLeft, type SuppressionRule, type RuleUse } from './suppression.js';
export { parseIgnoreFile, parseTrivyIgnore, parseTrivyIgnoreYaml, parseGrypeIgnore } from './ignore-files.js';
export { parseVex, type VexProblem } from './vex.js';
export { decodeSlaState, nextSlaState, serialiseSlaState, slaDaysLeft, EMPTY_SLA_STATE, type SlaState } from './sla.js';
export { fingerprint, imageRepository } from './fingerprint.js';
export { evaluateFindings, type EvaluatedFinding, type BudgetBreach } from './decide.js';
export { countFindings, type Counts } from './counts.js';
export { runGate, type GateInput, type GateResult, type Suppression } from './gate.js';
export { writeSarif, sarifCategory, SARIF_LIMITS, type SarifCut } from './sarif.js';
export { securitySeverity } from './security-severity.js';
export { gateJson, findingJson, type GateJson, type FindingJson } from './result-json.js';
export { gateOutputs } from './gate-outputs.js';
export { gateSummary } from './summary.js';
export { loadGateInputs, type GateFiles } from './load.js';
