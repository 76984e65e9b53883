import { decode, DecodeError, type Decoder } from '@slipway/core';
import { canonicalIds, readSeverity, type Finding, type FixState } from './finding.js';
import type { ScanReport, ScannerSuppressed, ScanStatus } from './report.js';

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
  Results: decode.optional(decode.array(result)),
});

// `trivy k8s --format json`: one entry per cluster resource, each with its own results and, when
// its scan failed, an `Error`. The consolidated form names the list `Findings`.
const k8sResource = decode.object({
  Namespace: str,
  Kind: str,
  Name: str,
  Results: decode.withDefault(decode.array(result), []),
  Error: str,
});
const k8sReport = decode.object({
  SchemaVersion: num,
  ClusterName: decode.string,
  Resources: decode.optional(decode.array(k8sResource)),
  Findings: decode.optional(decode.array(k8sResource)),
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
      ...readSeverity(v.Severity),
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
      ...readSeverity(m.Severity),
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
      ...readSeverity(s.Severity),
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
      ...readSeverity(l.Severity),
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

interface DecodedResults {
  results: TrivyResult[];
  image: string | undefined;
  artifact: string | undefined;
  status: ScanStatus;
}

function k8sResults(value: unknown): DecodedResults {
  const doc = k8sReport(value, '');
  const field = doc.Resources ? 'Resources' : 'Findings';
  const resources = doc.Resources ?? doc.Findings ?? [];
  const failures = resources.flatMap((r, i) =>
    r.Error ? [`${field}[${i}] (${[r.Namespace, r.Kind, r.Name].filter(Boolean).join('/')}).Error: ${r.Error}`] : [],
  );
  const results = resources.flatMap((r) => r.Results);
  return {
    results,
    image: undefined,
    artifact: doc.ClusterName || undefined,
    status: {
      failures,
      ...(resources.length === 0 ? { empty: `it lists no cluster ${field === 'Resources' ? 'resources' : 'findings'}` } : {}),
    },
  };
}

function decodeResults(value: unknown): DecodedResults {
  if (Array.isArray(value)) {
    // The legacy format: a bare array of results, no artifact metadata.
    const results = decode.array(result)(value, '');
    return {
      results,
      image: undefined,
      artifact: undefined,
      status: { failures: [], ...(results.length === 0 ? { empty: 'the array of results is empty' } : {}) },
    };
  }
  if (typeof value === 'object' && value !== null && 'ClusterName' in value) return k8sResults(value);
  const doc = report(value, '');
  if (doc.SchemaVersion !== 2) throw new DecodeError('SchemaVersion', 'Trivy schema version 2', doc.SchemaVersion);
  // An image read from a tar archive is named by its path; its tag says which image it is.
  const image = doc.ArtifactType === 'container_image' ? (doc.Metadata?.RepoTags[0] ?? doc.ArtifactName) : undefined;
  // Trivy leaves Results out when it found nothing to scan (no OS, no lockfile, no file it reads).
  const empty =
    doc.Results === undefined ? 'it has no Results (absent or null)' : doc.Results.length === 0 ? 'Results is empty' : undefined;
  return { results: doc.Results ?? [], image, artifact: doc.ArtifactName, status: { failures: [], ...(empty ? { empty } : {}) } };
}

/** Reads a Trivy JSON report (schema 2, or the legacy bare array of results) into findings. */
export const decodeTrivyReport =
  (source: string): Decoder<ScanReport> =>
  (value) => {
    const { results, image, artifact, status } = decodeResults(value);
    return {
      source,
      scanner: 'trivy',
      status,
      ...(artifact ? { artifact } : {}),
      findings: results.flatMap((r) => findingsOf(r, image)),
      suppressed: results.flatMap((r) => suppressedOf(r, image)),
    };
  };
