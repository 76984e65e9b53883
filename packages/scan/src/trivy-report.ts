import { decode, DecodeError, type Decoder } from '@slipway/core';
import { canonicalIds, normaliseSeverity, type Finding, type FixState } from './finding.js';
import type { ScanReport, ScannerSuppressed } from './report.js';

const str = decode.optional(decode.string);
const num = decode.optional(decode.number);
const strList = decode.withDefault(decode.array(decode.string), []);

const layer = decode.optional(decode.object({ Digest: str, DiffID: str }));
const cvssEntry = decode.object({ V3Score: num, V2Score: num, V40Score: num });

const vulnerability = decode.object({
  VulnerabilityID: str,
  VendorIDs: strList,
  PkgID: str,
  PkgName: str,
  PkgPath: str,
  PkgIdentifier: decode.optional(decode.object({ PURL: str })),
  InstalledVersion: str,
  FixedVersion: str,
  Status: str,
  Severity: str,
  SeveritySource: str,
  Title: str,
  PrimaryURL: str,
  Layer: layer,
  CVSS: decode.optional(decode.record(cvssEntry)),
});
type TrivyVulnerability = ReturnType<typeof vulnerability>;

const misconfiguration = decode.object({
  ID: str,
  AVDID: str,
  Title: str,
  Message: str,
  Severity: str,
  Status: str,
  PrimaryURL: str,
  Layer: layer,
  CauseMetadata: decode.optional(decode.object({ StartLine: num })),
});

const secret = decode.object({ RuleID: str, Category: str, Severity: str, Title: str, StartLine: num, Layer: layer });
const license = decode.object({ Name: str, PkgName: str, FilePath: str, Severity: str, Category: str, Link: str });

const modified = decode.object({
  Type: str,
  Status: str,
  Statement: str,
  Source: str,
  Finding: decode.unknown,
});

const result = decode.object({
  Target: decode.withDefault(decode.string, ''),
  Class: str,
  Type: str,
  Vulnerabilities: decode.withDefault(decode.array(vulnerability), []),
  Misconfigurations: decode.withDefault(decode.array(misconfiguration), []),
  Secrets: decode.withDefault(decode.array(secret), []),
  Licenses: decode.withDefault(decode.array(license), []),
  ExperimentalModifiedFindings: decode.withDefault(decode.array(modified), []),
});
type TrivyResult = ReturnType<typeof result>;

const report = decode.object({
  SchemaVersion: decode.number,
  ArtifactName: str,
  ArtifactType: str,
  Metadata: decode.optional(decode.object({ RepoTags: decode.withDefault(decode.array(decode.string), []) })),
  Results: decode.withDefault(decode.array(result), []),
});

// Trivy's eight statuses onto the one fix model; reports older than `Status` only have FixedVersion.
const STATUS: Record<string, FixState> = {
  fixed: 'fixed',
  affected: 'not-fixed',
  under_investigation: 'not-fixed',
  will_not_fix: 'wont-fix',
  fix_deferred: 'wont-fix',
  end_of_life: 'wont-fix',
  not_affected: 'not-affected',
  unknown: 'unknown',
};

function fixOf(v: TrivyVulnerability): Finding['fix'] {
  const versions = (v.FixedVersion ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const state = v.Status ? (STATUS[v.Status] ?? 'unknown') : versions.length > 0 ? 'fixed' : 'not-fixed';
  return { state, versions };
}

function cvssOf(v: TrivyVulnerability): number | undefined {
  const entries = v.CVSS ?? {};
  const preferred = (v.SeveritySource && entries[v.SeveritySource]) || entries['nvd'];
  const pick = (e: ReturnType<typeof cvssEntry>): number | undefined => e.V40Score ?? e.V3Score ?? e.V2Score;
  if (preferred && pick(preferred) !== undefined) return pick(preferred);
  const scores = Object.values(entries)
    .map(pick)
    .filter((s): s is number => s !== undefined);
  return scores.length > 0 ? Math.max(...scores) : undefined;
}

/** `DS002`, `AVD-DS-0002` and `DS-0002` are one rule: the new-style id is canonical. */
export function misconfigId(id: string | undefined, avdid: string | undefined): { id: string; aliases: string[] } {
  const forms = new Set<string>();
  let canonical: string | undefined;
  for (const raw of [id, avdid]) {
    if (!raw || raw === 'N/A') continue;
    forms.add(raw);
    const m = /^(?:AVD-)?([A-Z]+)-?(\d+)$/.exec(raw);
    if (m?.[1] && m[2]) canonical ??= `${m[1]}-${m[2].padStart(4, '0')}`;
  }
  const chosen = canonical ?? [...forms][0] ?? 'UNKNOWN-MISCONFIGURATION';
  forms.delete(chosen);
  return { id: chosen, aliases: [...forms] };
}

function findingsOf(r: TrivyResult, image: string | undefined): Finding[] {
  const out: Finding[] = [];
  const base = { target: r.Target, scanners: ['trivy'], ...(image ? { image } : {}) };
  const isFile = r.Class !== 'os-pkgs' && r.Target !== '';
  for (const v of r.Vulnerabilities) {
    const ids = canonicalIds(v.VulnerabilityID ?? '', v.VendorIDs);
    const cvss = cvssOf(v);
    const path = v.PkgPath ?? (isFile ? r.Target : undefined);
    out.push({
      ...base,
      kind: 'vulnerability',
      ...ids,
      severity: normaliseSeverity(v.Severity),
      fix: fixOf(v),
      package: {
        name: v.PkgName ?? v.PkgID ?? 'unknown',
        ...(v.InstalledVersion ? { version: v.InstalledVersion } : {}),
        ...(v.PkgIdentifier?.PURL ? { purl: v.PkgIdentifier.PURL } : {}),
        ...(r.Type ? { type: r.Type } : {}),
        ...(r.Class === 'os-pkgs' ? { os: true } : {}),
      },
      ...(v.Title ? { title: v.Title } : {}),
      ...(cvss !== undefined ? { cvss } : {}),
      ...(path ? { path } : {}),
      ...(v.Layer?.DiffID || v.Layer?.Digest ? { layer: v.Layer.DiffID ?? v.Layer.Digest } : {}),
      ...(v.PrimaryURL ? { url: v.PrimaryURL } : {}),
    });
  }
  for (const m of r.Misconfigurations) {
    // PASS and EXCEPTION entries (with --include-non-failures) are not findings.
    if (m.Status !== undefined && m.Status !== 'FAIL') continue;
    const line = m.CauseMetadata?.StartLine;
    out.push({
      ...base,
      kind: 'misconfiguration',
      ...misconfigId(m.ID, m.AVDID),
      severity: normaliseSeverity(m.Severity),
      fix: { state: 'not-fixed', versions: [] },
      title: m.Title ?? m.Message ?? '',
      path: r.Target,
      ...(line ? { line } : {}),
      ...(m.PrimaryURL ? { url: m.PrimaryURL } : {}),
    });
  }
  for (const s of r.Secrets) {
    out.push({
      ...base,
      kind: 'secret',
      id: s.RuleID ?? 'secret',
      aliases: [],
      severity: normaliseSeverity(s.Severity),
      fix: { state: 'not-fixed', versions: [] },
      title: s.Title ?? s.Category ?? 'secret',
      path: r.Target,
      ...(s.StartLine ? { line: s.StartLine } : {}),
      ...(s.Layer?.DiffID ? { layer: s.Layer.DiffID } : {}),
    });
  }
  for (const l of r.Licenses) {
    out.push({
      ...base,
      kind: 'license',
      id: l.Name ?? 'UNKNOWN-LICENSE',
      aliases: [],
      severity: normaliseSeverity(l.Severity),
      fix: { state: 'not-fixed', versions: [] },
      title: `${l.Name ?? 'unknown'} license (${l.Category ?? 'unknown'})`,
      ...(l.PkgName ? { package: { name: l.PkgName } } : {}),
      ...(l.FilePath ? { path: l.FilePath } : {}),
      ...(l.Link ? { url: l.Link } : {}),
    });
  }
  return out;
}

function suppressedOf(r: TrivyResult, image: string | undefined): ScannerSuppressed[] {
  return r.ExperimentalModifiedFindings.flatMap((m, i) => {
    if (m.Type !== 'vulnerability') return [];
    const v = vulnerability(m.Finding, `ExperimentalModifiedFindings[${i}].Finding`);
    const [finding] = findingsOf({ ...r, Vulnerabilities: [v], Misconfigurations: [], Secrets: [], Licenses: [] }, image);
    return finding
      ? [{ finding, reason: `Trivy: ${m.Status ?? 'suppressed'} (${m.Statement ?? 'no statement'}, ${m.Source ?? 'unknown source'})` }]
      : [];
  });
}

function decodeResults(value: unknown): { results: TrivyResult[]; image: string | undefined; artifact: string | undefined } {
  if (Array.isArray(value)) {
    // The legacy format: a bare array of results, no artifact metadata.
    return { results: decode.array(result)(value, ''), image: undefined, artifact: undefined };
  }
  const doc = report(value, '');
  if (doc.SchemaVersion !== 2) throw new DecodeError('SchemaVersion', 'Trivy schema version 2', doc.SchemaVersion);
  // An image read from a tar archive is named by its path; its tag says which image it is.
  const image = doc.ArtifactType === 'container_image' ? (doc.Metadata?.RepoTags[0] ?? doc.ArtifactName) : undefined;
  return { results: doc.Results, image, artifact: doc.ArtifactName };
}

/** Reads a Trivy JSON report (schema 2, or the legacy bare array of results) into findings. */
export const decodeTrivyReport =
  (source: string): Decoder<ScanReport> =>
  (value) => {
    const { results, image, artifact } = decodeResults(value);
    return {
      source,
      scanner: 'trivy',
      ...(artifact ? { artifact } : {}),
      findings: results.flatMap((r) => findingsOf(r, image)),
      suppressed: results.flatMap((r) => suppressedOf(r, image)),
    };
  };
