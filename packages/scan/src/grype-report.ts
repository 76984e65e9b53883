import { decode, type Decoder } from '@slipway/core';
import { canonicalIds, readSeverity, type Finding, type FixState } from './finding.js';
import type { ScanReport, ScanStatus } from './report.js';

const str = decode.optional(decode.string);
const num = decode.optional(decode.number);

const cvss = decode.object({ version: str, metrics: decode.optional(decode.object({ baseScore: num })) });
const epss = decode.object({ epss: num });
const kev = decode.object({ cve: str });

const vulnerabilityFields = {
  id: decode.string,
  severity: str,
  dataSource: str,
  description: str,
  cvss: decode.withDefault(decode.array(cvss), []),
  // Grype 0.7 had flat cvssV2 / cvssV3 objects instead of the list.
  cvssV2: decode.optional(decode.object({ baseScore: num })),
  cvssV3: decode.optional(decode.object({ baseScore: num })),
  epss: decode.withDefault(decode.array(epss), []),
  knownExploited: decode.withDefault(decode.array(kev), []),
};
const vulnerability = decode.object({
  ...vulnerabilityFields,
  fix: decode.optional(
    decode.object({ state: decode.withDefault(decode.string, ''), versions: decode.withDefault(decode.array(decode.string), []) }),
  ),
});
const related = decode.object(vulnerabilityFields);

const artifact = decode.object({
  name: decode.string,
  version: str,
  type: str,
  purl: str,
  locations: decode.withDefault(decode.array(decode.object({ path: str, accessPath: str, layerID: str })), []),
});

const matchShape = {
  vulnerability,
  relatedVulnerabilities: decode.withDefault(decode.array(related), []),
  artifact,
};
const match = decode.object(matchShape);
type GrypeMatch = ReturnType<typeof match>;

const source = decode.optional(
  decode.object({
    type: str,
    target: decode.optional(decode.oneOf<string | { userInput?: string }>(decode.string, decode.object({ userInput: str }))),
  }),
);

// Grype says whether its vulnerability database loaded: schema 3-5 `db.error` (a Go error, so a
// failure may serialise as `{}`), schema 6 `db.status.valid` and `db.status.error`.
const dbStatusShape = { valid: decode.optional(decode.boolean), error: decode.optional(decode.unknown) };
const descriptor = decode.optional(
  decode.object({
    name: str,
    version: str,
    db: decode.optional(decode.object({ ...dbStatusShape, status: decode.optional(decode.object(dbStatusShape)) })),
  }),
);

const report = decode.object({
  matches: decode.array(match),
  ignoredMatches: decode.withDefault(
    decode.array(decode.object({ ...matchShape, appliedIgnoreRules: decode.withDefault(decode.array(decode.unknown), []) })),
    [],
  ),
  source,
  descriptor,
});

const OS_TYPES = new Set(['deb', 'apk', 'rpm', 'alpm', 'portage']);

const FIX: Record<string, FixState> = {
  fixed: 'fixed',
  'not-fixed': 'not-fixed',
  'wont-fix': 'wont-fix',
  unknown: 'unknown',
  '': 'unknown',
};

function score(v: ReturnType<typeof related>): number | undefined {
  // Prefer CVSS 3.x / 4 over 2.0; among equals, the highest.
  const listed = v.cvss
    .filter((c) => c.metrics?.baseScore !== undefined)
    .sort((a, b) => (b.version ?? '').localeCompare(a.version ?? '') || (b.metrics?.baseScore ?? 0) - (a.metrics?.baseScore ?? 0));
  return listed[0]?.metrics?.baseScore ?? v.cvssV3?.baseScore ?? v.cvssV2?.baseScore;
}

function toFinding(m: GrypeMatch, image: string | undefined): Finding {
  const v = m.vulnerability;
  const all = [v, ...m.relatedVulnerabilities];
  const ids = canonicalIds(
    v.id,
    m.relatedVulnerabilities.map((r) => r.id),
  );
  const cvssScore = all.map(score).find((s) => s !== undefined);
  const epssScore = all.flatMap((x) => x.epss.map((e) => e.epss)).find((e) => e !== undefined);
  const known = all.some((x) => x.knownExploited.length > 0);
  const location = m.artifact.locations[0];
  const locations = [...new Set(m.artifact.locations.flatMap((l) => [l.path, l.accessPath]).filter((p): p is string => Boolean(p)))];
  return {
    kind: 'vulnerability',
    ...ids,
    ...readSeverity(v.severity),
    fix: { state: v.fix ? (FIX[v.fix.state] ?? 'unknown') : 'unknown', versions: v.fix?.versions ?? [] },
    package: {
      name: m.artifact.name,
      ...(m.artifact.version ? { version: m.artifact.version } : {}),
      ...(m.artifact.purl ? { purl: m.artifact.purl } : {}),
      ...(m.artifact.type ? { type: m.artifact.type } : {}),
      ...(OS_TYPES.has(m.artifact.type ?? '') ? { os: true } : {}),
    },
    scanners: ['grype'],
    ...(image ? { image } : {}),
    ...(cvssScore !== undefined ? { cvss: cvssScore } : {}),
    ...(epssScore !== undefined ? { epss: epssScore } : {}),
    ...(known ? { knownExploited: true } : {}),
    ...(location?.path ? { path: location.path, target: location.path } : {}),
    ...(locations.length > 0 ? { locations } : {}),
    ...(location?.layerID ? { layer: location.layerID } : {}),
    ...(v.dataSource ? { url: v.dataSource } : {}),
  };
}

/** True for an error field that holds an error: a message, or `{}` (a Go error without fields). */
function isError(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '';
}

function describeError(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) === '{}' ? '(no message)' : JSON.stringify(value);
}

/** What the report says about the scan: database failures, and whether it names anything it scanned. */
function scanStatus(doc: ReturnType<typeof report>, artifact: string | undefined): ScanStatus {
  const failures: string[] = [];
  const db = doc.descriptor?.db;
  if (db?.status?.valid === false) failures.push('descriptor.db.status.valid is false: the vulnerability database is not valid');
  if (isError(db?.status?.error)) failures.push(`descriptor.db.status.error: ${describeError(db?.status?.error)}`);
  if (db?.valid === false) failures.push('descriptor.db.valid is false: the vulnerability database is not valid');
  if (isError(db?.error)) failures.push(`descriptor.db.error: ${describeError(db?.error)}`);
  const nothing = doc.matches.length === 0 && doc.ignoredMatches.length === 0 && !artifact;
  return { failures, ...(nothing ? { empty: 'it has no matches and names no source it scanned' } : {}) };
}

/** Reads a Grype JSON report (any schema from 0.7 on, with or without a `fix` object) into findings. */
export const decodeGrypeReport =
  (sourceName: string): Decoder<ScanReport> =>
  (value) => {
    const doc = report(value, '');
    const target = doc.source?.target;
    const artifact = typeof target === 'string' ? target : target?.userInput;
    const image = doc.source?.type === 'image' ? artifact : undefined;
    return {
      source: sourceName,
      scanner: 'grype',
      status: scanStatus(doc, artifact),
      ...(artifact ? { artifact } : {}),
      findings: doc.matches.map((m) => toFinding(m, image)),
      suppressed: doc.ignoredMatches.map((m) => ({
        finding: toFinding(m, image),
        reason: 'Grype: ignored by a rule in its configuration',
      })),
    };
  };
