export const id = 16;
export const ids = [16];
export const modules = {

/***/ 20016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oq: () => (/* reexport */ gateInputPaths),
  QP: () => (/* reexport */ gateOutputs),
  sK: () => (/* reexport */ gateSummary),
  R1: () => (/* reexport */ loadGateInputs),
  Rg: () => (/* reexport */ runGate)
});

// UNUSED EXPORTS: DEFAULT_POLICY, REPORT_LIMIT, SEVERITIES, applySuppressions, checkScans, daysLeft, decodePolicy, decodeSlaState, dedupeFindings, fingerprint, gateJson, imageRepository, misconfigId, nextSlaState, parseClamscanOutput, parseGrypeIgnore, parseIgnoreFile, parseReport, parseTrivyIgnore, parseTrivyIgnoreYaml, parseVex, readReport, readSeverity, rulesFor, securitySeverity, serialiseSlaState, validSlaState, writeSarif

;// CONCATENATED MODULE: ./packages/scan/src/finding.ts
/** The kinds of finding the gate knows; each has its own policy section. */
const KINDS = ['vulnerability', 'misconfiguration', 'secret', 'license', 'malware'];
/** Severities from most to least severe (Grype's Negligible included). */
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NEGLIGIBLE', 'UNKNOWN'];
const RANK = { CRITICAL: 5, HIGH: 4, MEDIUM: 3, LOW: 2, NEGLIGIBLE: 1, UNKNOWN: 0 };
/** Orders severities: positive when `a` is more severe than `b`. */
function compareSeverity(a, b) {
    return RANK[a] - RANK[b];
}
/** True when `severity` is at or above `threshold`. */
function atLeast(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
const SPELLINGS = { MODERATE: 'MEDIUM', INFO: 'NEGLIGIBLE', INFORMATIONAL: 'NEGLIGIBLE' };
/** Maps any scanner's severity spelling (`High`, `high`, `Negligible`, null) onto the model. */
function normaliseSeverity(raw) {
    return readSeverity(raw).severity;
}
/**
 * Reads a scanner's severity: a known spelling gives its severity; a missing one or one the gate
 * does not know gives UNKNOWN plus `rawSeverity` (the text, '' when missing), so the policy can
 * treat it as unreadable instead of as the scanners' own "unknown".
 */
function readSeverity(raw) {
    const up = (raw ?? '').trim().toUpperCase();
    const known = SPELLINGS[up] ?? (SEVERITIES.includes(up) ? up : undefined);
    return known ? { severity: known } : { severity: 'UNKNOWN', rawSeverity: (raw ?? '').trim() };
}
/** All ids of a finding, canonical first. */
function allIds(f) {
    return [f.id, ...f.aliases];
}
/** Picks a CVE as canonical id when the scanner used another (GHSA, distro advisory). */
function canonicalIds(primary, related) {
    const all = [...new Set([primary, ...related].filter((x) => x.length > 0))];
    const cve = all.find((x) => /^CVE-\d{4}-\d+$/i.test(x));
    const id = cve ? cve.toUpperCase() : (all[0] ?? 'UNKNOWN');
    return { id, aliases: all.filter((x) => x.toUpperCase() !== id.toUpperCase()) };
}
/** Orders ids by code unit: stable across locales and much faster than localeCompare on large reports. */
function byId(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
;// CONCATENATED MODULE: ./packages/scan/src/grype-report.ts


const str = src/* decode.optional */.D4.optional(src/* decode.string */.D4.string);
const num = src/* decode.optional */.D4.optional(src/* decode.number */.D4.number);
const cvss = src/* decode.object */.D4.object({ version: str, metrics: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ baseScore: num })) });
const epss = src/* decode.object */.D4.object({ epss: num });
const kev = src/* decode.object */.D4.object({ cve: str });
const vulnerabilityFields = {
    id: src/* decode.string */.D4.string,
    severity: str,
    dataSource: str,
    description: str,
    cvss: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(cvss), []),
    // Grype 0.7 had flat cvssV2 / cvssV3 objects instead of the list.
    cvssV2: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ baseScore: num })),
    cvssV3: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ baseScore: num })),
    epss: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(epss), []),
    knownExploited: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(kev), []),
};
const vulnerability = src/* decode.object */.D4.object({
    ...vulnerabilityFields,
    fix: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ state: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, ''), versions: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.string */.D4.string), []) })),
});
const related = src/* decode.object */.D4.object(vulnerabilityFields);
const artifact = src/* decode.object */.D4.object({
    name: src/* decode.string */.D4.string,
    version: str,
    type: str,
    purl: str,
    locations: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.object */.D4.object({ path: str, accessPath: str, layerID: str })), []),
});
const matchShape = {
    vulnerability,
    relatedVulnerabilities: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(related), []),
    artifact,
};
const match = src/* decode.object */.D4.object(matchShape);
const source = src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({
    type: str,
    target: src/* decode.optional */.D4.optional(src/* decode.oneOf */.D4.oneOf(src/* decode.string */.D4.string, src/* decode.object */.D4.object({ userInput: str }))),
}));
// Grype says whether its vulnerability database loaded: schema 3-5 `db.error` (a Go error, so a
// failure may serialise as `{}`), schema 6 `db.status.valid` and `db.status.error`.
const dbStatusShape = { valid: src/* decode.optional */.D4.optional(src/* decode.boolean */.D4.boolean), error: src/* decode.optional */.D4.optional(src/* decode.unknown */.D4.unknown) };
const descriptor = src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({
    name: str,
    version: str,
    db: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ ...dbStatusShape, status: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object(dbStatusShape)) })),
}));
const report = src/* decode.object */.D4.object({
    matches: src/* decode.array */.D4.array(match),
    ignoredMatches: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.object */.D4.object({ ...matchShape, appliedIgnoreRules: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.unknown */.D4.unknown), []) })), []),
    source,
    descriptor,
});
const OS_TYPES = new Set(['deb', 'apk', 'rpm', 'alpm', 'portage']);
const FIX = {
    fixed: 'fixed',
    'not-fixed': 'not-fixed',
    'wont-fix': 'wont-fix',
    unknown: 'unknown',
    '': 'unknown',
};
function score(v) {
    // Prefer CVSS 3.x / 4 over 2.0; among equals, the highest.
    const listed = v.cvss
        .filter((c) => c.metrics?.baseScore !== undefined)
        .sort((a, b) => (b.version ?? '').localeCompare(a.version ?? '') || (b.metrics?.baseScore ?? 0) - (a.metrics?.baseScore ?? 0));
    return listed[0]?.metrics?.baseScore ?? v.cvssV3?.baseScore ?? v.cvssV2?.baseScore;
}
function toFinding(m, image) {
    const v = m.vulnerability;
    const all = [v, ...m.relatedVulnerabilities];
    const ids = canonicalIds(v.id, m.relatedVulnerabilities.map((r) => r.id));
    const cvssScore = all.map(score).find((s) => s !== undefined);
    const epssScore = all.flatMap((x) => x.epss.map((e) => e.epss)).find((e) => e !== undefined);
    const known = all.some((x) => x.knownExploited.length > 0);
    const location = m.artifact.locations[0];
    const locations = [...new Set(m.artifact.locations.flatMap((l) => [l.path, l.accessPath]).filter((p) => Boolean(p)))];
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
function isError(value) {
    return value !== undefined && value !== null && value !== false && value !== '';
}
function describeError(value) {
    return typeof value === 'string' ? value : JSON.stringify(value) === '{}' ? '(no message)' : JSON.stringify(value);
}
/** What the report says about the scan: database failures, and whether it names anything it scanned. */
function scanStatus(doc, artifact) {
    const failures = [];
    const db = doc.descriptor?.db;
    if (db?.status?.valid === false)
        failures.push('descriptor.db.status.valid is false: the vulnerability database is not valid');
    if (isError(db?.status?.error))
        failures.push(`descriptor.db.status.error: ${describeError(db?.status?.error)}`);
    if (db?.valid === false)
        failures.push('descriptor.db.valid is false: the vulnerability database is not valid');
    if (isError(db?.error))
        failures.push(`descriptor.db.error: ${describeError(db?.error)}`);
    const nothing = doc.matches.length === 0 && doc.ignoredMatches.length === 0 && !artifact;
    return { failures, ...(nothing ? { empty: 'it has no matches and names no source it scanned' } : {}) };
}
/** Reads a Grype JSON report (any schema from 0.7 on, with or without a `fix` object) into findings. */
const decodeGrypeReport = (sourceName) => (value) => {
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

;// CONCATENATED MODULE: ./packages/scan/src/trivy-report.ts


const trivy_report_str = src/* decode.optional */.D4.optional(src/* decode.string */.D4.string);
const trivy_report_num = src/* decode.optional */.D4.optional(src/* decode.number */.D4.number);
const strList = src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.string */.D4.string), []);
const trivy_report_layer = src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ Digest: trivy_report_str, DiffID: trivy_report_str }));
const cvssEntry = src/* decode.object */.D4.object({ V3Score: trivy_report_num, V2Score: trivy_report_num, V40Score: trivy_report_num });
const trivy_report_vulnerability = src/* decode.object */.D4.object({
    VulnerabilityID: trivy_report_str,
    VendorIDs: strList,
    PkgID: trivy_report_str,
    PkgName: trivy_report_str,
    PkgPath: trivy_report_str,
    PkgIdentifier: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ PURL: trivy_report_str })),
    InstalledVersion: trivy_report_str,
    FixedVersion: trivy_report_str,
    Status: trivy_report_str,
    Severity: trivy_report_str,
    SeveritySource: trivy_report_str,
    Title: trivy_report_str,
    PrimaryURL: trivy_report_str,
    Layer: trivy_report_layer,
    CVSS: src/* decode.optional */.D4.optional(src/* decode.record */.D4.record(cvssEntry)),
});
const misconfiguration = src/* decode.object */.D4.object({
    ID: trivy_report_str,
    AVDID: trivy_report_str,
    Title: trivy_report_str,
    Message: trivy_report_str,
    Severity: trivy_report_str,
    Status: trivy_report_str,
    PrimaryURL: trivy_report_str,
    Layer: trivy_report_layer,
    CauseMetadata: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ StartLine: trivy_report_num })),
});
const secret = src/* decode.object */.D4.object({ RuleID: trivy_report_str, Category: trivy_report_str, Severity: trivy_report_str, Title: trivy_report_str, StartLine: trivy_report_num, Layer: trivy_report_layer });
const license = src/* decode.object */.D4.object({ Name: trivy_report_str, PkgName: trivy_report_str, FilePath: trivy_report_str, Severity: trivy_report_str, Category: trivy_report_str, Link: trivy_report_str });
const modified = src/* decode.object */.D4.object({
    Type: trivy_report_str,
    Status: trivy_report_str,
    Statement: trivy_report_str,
    Source: trivy_report_str,
    Finding: src/* decode.unknown */.D4.unknown,
});
const result = src/* decode.object */.D4.object({
    Target: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, ''),
    Class: trivy_report_str,
    Type: trivy_report_str,
    Vulnerabilities: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(trivy_report_vulnerability), []),
    Misconfigurations: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(misconfiguration), []),
    Secrets: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(secret), []),
    Licenses: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(license), []),
    ExperimentalModifiedFindings: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(modified), []),
});
const trivy_report_report = src/* decode.object */.D4.object({
    SchemaVersion: src/* decode.number */.D4.number,
    ArtifactName: trivy_report_str,
    ArtifactType: trivy_report_str,
    Metadata: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ RepoTags: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.string */.D4.string), []) })),
    Results: src/* decode.optional */.D4.optional(src/* decode.array */.D4.array(result)),
});
// `trivy k8s --format json`: one entry per cluster resource, each with its own results and, when
// its scan failed, an `Error`. The consolidated form names the list `Findings`.
const k8sResource = src/* decode.object */.D4.object({
    Namespace: trivy_report_str,
    Kind: trivy_report_str,
    Name: trivy_report_str,
    Results: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(result), []),
    Error: trivy_report_str,
});
const k8sReport = src/* decode.object */.D4.object({
    SchemaVersion: trivy_report_num,
    ClusterName: src/* decode.string */.D4.string,
    Resources: src/* decode.optional */.D4.optional(src/* decode.array */.D4.array(k8sResource)),
    Findings: src/* decode.optional */.D4.optional(src/* decode.array */.D4.array(k8sResource)),
});
// Trivy's eight statuses onto the one fix model; reports older than `Status` only have FixedVersion.
const STATUS = {
    fixed: 'fixed',
    affected: 'not-fixed',
    under_investigation: 'not-fixed',
    will_not_fix: 'wont-fix',
    fix_deferred: 'wont-fix',
    end_of_life: 'wont-fix',
    not_affected: 'not-affected',
    unknown: 'unknown',
};
function fixOf(v) {
    const versions = (v.FixedVersion ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const state = v.Status ? (STATUS[v.Status] ?? 'unknown') : versions.length > 0 ? 'fixed' : 'not-fixed';
    return { state, versions };
}
function cvssOf(v) {
    const entries = v.CVSS ?? {};
    const preferred = (v.SeveritySource && entries[v.SeveritySource]) || entries['nvd'];
    const pick = (e) => e.V40Score ?? e.V3Score ?? e.V2Score;
    if (preferred && pick(preferred) !== undefined)
        return pick(preferred);
    const scores = Object.values(entries)
        .map(pick)
        .filter((s) => s !== undefined);
    return scores.length > 0 ? Math.max(...scores) : undefined;
}
/** `DS002`, `AVD-DS-0002` and `DS-0002` are one rule: the new-style id is canonical. */
function misconfigId(id, avdid) {
    const forms = new Set();
    let canonical;
    for (const raw of [id, avdid]) {
        if (!raw || raw === 'N/A')
            continue;
        forms.add(raw);
        const m = /^(?:AVD-)?([A-Z]+)-?(\d+)$/.exec(raw);
        if (m?.[1] && m[2])
            canonical ??= `${m[1]}-${m[2].padStart(4, '0')}`;
    }
    const chosen = canonical ?? [...forms][0] ?? 'UNKNOWN-MISCONFIGURATION';
    forms.delete(chosen);
    return { id: chosen, aliases: [...forms] };
}
function findingsOf(r, image) {
    const out = [];
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
        if (m.Status !== undefined && m.Status !== 'FAIL')
            continue;
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
function suppressedOf(r, image) {
    return r.ExperimentalModifiedFindings.flatMap((m, i) => {
        if (m.Type !== 'vulnerability')
            return [];
        const v = trivy_report_vulnerability(m.Finding, `ExperimentalModifiedFindings[${i}].Finding`);
        const [finding] = findingsOf({ ...r, Vulnerabilities: [v], Misconfigurations: [], Secrets: [], Licenses: [] }, image);
        return finding
            ? [{ finding, reason: `Trivy: ${m.Status ?? 'suppressed'} (${m.Statement ?? 'no statement'}, ${m.Source ?? 'unknown source'})` }]
            : [];
    });
}
function k8sResults(value) {
    const doc = k8sReport(value, '');
    const field = doc.Resources ? 'Resources' : 'Findings';
    const resources = doc.Resources ?? doc.Findings ?? [];
    const failures = resources.flatMap((r, i) => r.Error ? [`${field}[${i}] (${[r.Namespace, r.Kind, r.Name].filter(Boolean).join('/')}).Error: ${r.Error}`] : []);
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
function decodeResults(value) {
    if (Array.isArray(value)) {
        // The legacy format: a bare array of results, no artifact metadata.
        const results = src/* decode.array */.D4.array(result)(value, '');
        return {
            results,
            image: undefined,
            artifact: undefined,
            status: { failures: [], ...(results.length === 0 ? { empty: 'the array of results is empty' } : {}) },
        };
    }
    if (typeof value === 'object' && value !== null && 'ClusterName' in value)
        return k8sResults(value);
    const doc = trivy_report_report(value, '');
    if (doc.SchemaVersion !== 2)
        throw new src/* DecodeError */.Xc('SchemaVersion', 'Trivy schema version 2', doc.SchemaVersion);
    // An image read from a tar archive is named by its path; its tag says which image it is.
    const image = doc.ArtifactType === 'container_image' ? (doc.Metadata?.RepoTags[0] ?? doc.ArtifactName) : undefined;
    // Trivy leaves Results out when it found nothing to scan (no OS, no lockfile, no file it reads).
    const empty = doc.Results === undefined ? 'it has no Results (absent or null)' : doc.Results.length === 0 ? 'Results is empty' : undefined;
    return { results: doc.Results ?? [], image, artifact: doc.ArtifactName, status: { failures: [], ...(empty ? { empty } : {}) } };
}
/** Reads a Trivy JSON report (schema 2, or the legacy bare array of results) into findings. */
const decodeTrivyReport = (source) => (value) => {
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

;// CONCATENATED MODULE: ./packages/scan/src/read-report.ts



/** Which scanner wrote a parsed report, from its shape; undefined when none. */
function detectFormat(value) {
    if (Array.isArray(value)) {
        const first = value[0];
        return value.length === 0 || (typeof first === 'object' && first !== null && 'Target' in first) ? 'trivy' : undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    if ('SchemaVersion' in value || 'Results' in value || 'ClusterName' in value)
        return 'trivy';
    if ('matches' in value)
        return 'grype';
    return undefined;
}
/** Parses and decodes one scanner report; errors name the file and the field at fault. */
function parseReport(text, source) {
    const value = (0,src/* parseJson */.qF)(text, source);
    const format = detectFormat(value);
    if (format === 'trivy')
        return (0,src/* decodeDocument */.w8)(decodeTrivyReport(source), value, source);
    if (format === 'grype')
        return (0,src/* decodeDocument */.w8)(decodeGrypeReport(source), value, source);
    throw new src/* UserError */.yo(`${source} is neither a Trivy report (SchemaVersion and Results, or an array of results) nor a Grype report (matches)`, {
        hint: 'pass the JSON output of `trivy --format json` or `grype -o json`',
    });
}

;// CONCATENATED MODULE: ./packages/scan/src/clamav-report.ts

const FOUND = /^(.*): (.+) FOUND$/;
/**
 * Reads `clamscan` output (`PATH: SIGNATURE FOUND` lines and the scan summary). A log without
 * its summary was cut short and is an error, never a clean scan.
 */
function parseClamscanOutput(text, source, options = {}) {
    const lines = text.split(/\r?\n/);
    const summaryAt = lines.findIndex((l) => l.includes('SCAN SUMMARY'));
    if (summaryAt < 0) {
        throw new UserError(`${source}: no "SCAN SUMMARY" section; the clamscan output is incomplete or not clamscan output`, {
            hint: 'run clamscan without --no-summary and keep its whole output',
        });
    }
    const infectedLine = lines.slice(summaryAt).find((l) => l.startsWith('Infected files:'));
    const infected = infectedLine ? Number(infectedLine.split(':')[1]) : Number.NaN;
    const findings = [];
    for (const line of lines.slice(0, summaryAt)) {
        const m = FOUND.exec(line);
        if (!m?.[1] || !m[2])
            continue;
        const path = options.root && m[1].startsWith(options.root) ? m[1].slice(options.root.length).replace(/^\/+/, '') : m[1];
        findings.push({
            kind: 'malware',
            id: m[2],
            aliases: [],
            severity: 'CRITICAL',
            fix: { state: 'not-fixed', versions: [] },
            title: `Malware signature ${m[2]} matched`,
            path,
            target: path,
            scanners: ['clamav'],
            ...(options.image ? { image: options.image } : {}),
        });
    }
    if (!Number.isInteger(infected) || infected !== findings.length) {
        throw new UserError(`${source}: the summary says ${infectedLine ?? 'nothing about infected files'} but ${findings.length} FOUND lines were read`);
    }
    const scanned = Number(/^Scanned files:\s*(\d+)/m.exec(lines.slice(summaryAt).join('\n'))?.[1] ?? Number.NaN);
    return {
        source,
        scanner: 'clamav',
        ...(options.image ? { artifact: options.image } : {}),
        findings,
        suppressed: [],
        status: { failures: [], ...(scanned === 0 ? { empty: 'clamscan scanned 0 files' } : {}) },
    };
}

;// CONCATENATED MODULE: ./packages/scan/src/dedupe.ts

/** The identity of a finding across scanners: same rule, same package and version (or file), same image. */
function findingKey(f) {
    const path = (f.path ?? f.target ?? '').replace(/\\/g, '/').replace(/^\/+/, '');
    // The same library in two lockfiles or two node_modules folders is two findings; an OS package is one per image.
    const where = f.kind === 'vulnerability'
        ? `${f.package?.name ?? ''}@${f.package?.version ?? ''}${f.package?.os ? '' : `|${path}`}`
        : `${path}:${f.line ?? ''}:${f.package?.name ?? ''}`;
    return `${f.kind}|${f.id.toUpperCase()}|${where}|${f.image ?? ''}`;
}
const FIX_RANK = { fixed: 4, 'not-affected': 3, 'wont-fix': 2, 'not-fixed': 1, unknown: 0 };
function merge(a, b) {
    // Scanners disagree on severity and scores: keep the worse, so a merge can only block more.
    const worse = compareSeverity(b.severity, a.severity) > 0 ? b : a;
    const fix = FIX_RANK[b.fix.state] > FIX_RANK[a.fix.state] ? b.fix : a.fix;
    const max = (x, y) => (x === undefined ? y : y === undefined ? x : Math.max(x, y));
    const cvss = max(a.cvss, b.cvss);
    const epss = max(a.epss, b.epss);
    return {
        ...b,
        ...a,
        severity: worse.severity,
        aliases: [...new Set([...a.aliases, ...b.aliases])].filter((x) => x !== a.id),
        fix: { state: fix.state, versions: [...new Set([...a.fix.versions, ...b.fix.versions])] },
        scanners: [...new Set([...a.scanners, ...b.scanners])],
        ...(cvss !== undefined ? { cvss } : {}),
        ...(epss !== undefined ? { epss } : {}),
        ...(a.knownExploited || b.knownExploited ? { knownExploited: true } : {}),
    };
}
/** Merges findings that two scanners (or two reports) both reported, so each counts once. */
function dedupeFindings(findings) {
    const byKey = new Map();
    for (const f of findings) {
        const key = findingKey(f);
        const seen = byKey.get(key);
        byKey.set(key, seen ? merge(seen, f) : f);
    }
    return [...byKey.values()];
}

;// CONCATENATED MODULE: ./packages/scan/src/path-glob.ts

// Grype (`package.location`) and Trivy (`.trivyignore.yaml` `paths`) match paths with Go's
// doublestar: `*` and `?` stay inside one segment, `**` spans whole segments, `[abc]`, `[!abc]`,
// `[^abc]` and `{a,b}` as in a shell, a leading dot is an ordinary character, the whole path must
// match, and nothing else is special. picomatch reads more (extglobs, groups, a leading `!` as
// negation, `{1..3}` ranges) and reads `[!abc]` as "one of !, a, b, c": each is rewritten so that
// picomatch means what doublestar means. Two differences remain, both on paths scanners do not
// write: picomatch never matches a `.` or `..` segment with a wildcard, and a class such as
// `[ab]` also matches the literal text `[ab]`.
/** Throws when a doublestar pattern is malformed (doublestar refuses it; Trivy refuses the file). */
function checkBalanced(pattern, what) {
    let depth = 0;
    let bad = false;
    for (let i = 0; i < pattern.length && !bad; i++) {
        const c = pattern[i];
        if (c === '\\') {
            bad = i === pattern.length - 1;
            i++;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            bad = close < 0;
            i = close;
        }
        else if (c === '{')
            depth++;
        else if (c === '}')
            bad = --depth < 0;
    }
    if (bad || depth !== 0) {
        throw new src/* UserError */.yo(`${what}: '${pattern}' is not a valid path pattern (an unclosed [ or {, or a trailing \\)`, {
            hint: 'escape a literal [, {, } or \\ with a backslash',
        });
    }
}
const MAX_ALTERNATIVES = 1024;
/** Expands `{a,b}` (nested too) into the alternatives doublestar tries, escapes and classes kept as they are. */
function expandBraces(pattern, what) {
    let depth = 0;
    let start = -1;
    const commas = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c === '[' && depth === 0) {
            const close = classEnd(pattern, i);
            if (close > 0)
                i = close;
        }
        else if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === ',' && depth === 1)
            commas.push(i);
        else if (c === '}' && --depth === 0) {
            const cuts = [start, ...commas, i];
            const head = pattern.slice(0, start);
            const tail = pattern.slice(i + 1);
            const out = [];
            for (let k = 0; k + 1 < cuts.length; k++) {
                for (const alt of expandBraces(head + pattern.slice(cuts[k] + 1, cuts[k + 1]) + tail, what)) {
                    out.push(alt);
                    if (out.length > MAX_ALTERNATIVES) {
                        throw new src/* UserError */.yo(`${what}: '${pattern}' expands to more than ${MAX_ALTERNATIVES} alternatives`, {
                            hint: 'use fewer {a,b} groups',
                        });
                    }
                }
            }
            return out;
        }
    }
    return [pattern];
}
/** Where the class opened at `open` closes (a `]` right after `[`, `[!` or `[^` is a member), or -1. */
function classEnd(pattern, open) {
    let i = open + 1;
    if (pattern[i] === '!' || pattern[i] === '^')
        i++;
    if (pattern[i] === ']')
        i++;
    for (; i < pattern.length; i++) {
        if (pattern[i] === '\\')
            i++;
        else if (pattern[i] === ']')
            return i;
    }
    return -1;
}
/** One brace-free doublestar alternative in picomatch syntax. */
function alternativeToPicomatch(pattern) {
    // `**` is a globstar only as a whole segment; anywhere else doublestar reads it as `*`.
    const segments = pattern.split('/').map((seg) => (seg === '**' ? seg : seg.replace(/(?<!\\)\*{2,}/g, '*')));
    const text = segments.join('/');
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i] ?? '';
        if (c === '\\') {
            out += `\\${text[i + 1] ?? ''}`;
            i++;
            continue;
        }
        if (c === '[') {
            const close = classEnd(text, i);
            let body = text.slice(i + 1, close);
            if (body.startsWith('!'))
                body = `^${body.slice(1)}`;
            out += `[${body}]`;
            i = close;
            continue;
        }
        // Literal in doublestar: parentheses and bars (picomatch groups and extglobs), a leading `!`
        // (picomatch negation), dots (picomatch drops a leading `./`) and braces left after expansion.
        if ('()|{}.'.includes(c) || (c === '!' && i === 0))
            out += `\\${c}`;
        else
            out += c;
    }
    return out;
}
/** Rewrites a doublestar pattern into picomatch patterns (one per brace alternative) with the same meaning. */
function doublestarToPicomatch(pattern, what = 'path pattern') {
    checkBalanced(pattern, what);
    // A final `/**` also matches no segment at all (`a/**` matches `a`); picomatch does that for
    // `a/**` but not for `*/**`, so the shorter alternative is spelt out.
    return expandBraces(pattern, what)
        .flatMap((alt) => (alt.endsWith('/**') && alt !== '/**' ? [alt, alt.slice(0, -3)] : [alt]))
        .map(alternativeToPicomatch);
}
const compiled = new Map();
function matcherFor(pattern, dialect, what) {
    const key = `${dialect}\0${pattern}`;
    let match = compiled.get(key);
    if (!match) {
        let glob = pattern;
        if (dialect === 'policy') {
            glob = glob.replace(/^\/+/, '');
            if (glob.endsWith('/'))
                glob = `${glob}**`;
        }
        // An empty alternative matches only the empty path, which no finding has.
        const alternatives = doublestarToPicomatch(glob, what).filter((a) => a !== '');
        const isMatch = alternatives.length > 0 ? (0,src/* globMatcher */.fU)(alternatives, { dot: true }) : () => false;
        match = dialect === 'policy' ? (path) => isMatch(path.replace(/^\/+/, '')) : isMatch;
        compiled.set(key, match);
    }
    return match;
}
/** Checks a pattern when its file is read, so a malformed one is an error naming the file and never a silent miss. */
function checkPathPattern(pattern, what) {
    doublestarToPicomatch(pattern, what);
}
/** True when one of the paths matches the pattern under the dialect's rules. */
function pathMatches(pattern, paths, dialect) {
    const match = matcherFor(pattern, dialect, 'path pattern');
    return paths.some((p) => p !== undefined && p !== '' && match(p));
}

;// CONCATENATED MODULE: ./packages/scan/src/policy.ts



const THRESHOLDS = [...SEVERITIES.map((s) => s.toLowerCase()), 'none'];
const threshold = (v, p) => {
    const s = src/* decode.string */.D4.string(v, p).toLowerCase();
    if (!THRESHOLDS.includes(s))
        throw new src/* DecodeError */.Xc(p, `one of ${THRESHOLDS.join(', ')}`, v);
    return s === 'none' ? 'none' : s.toUpperCase();
};
const count = (v, p) => {
    const n = src/* decode.number */.D4.number(v, p);
    if (!Number.isInteger(n) || n < 0)
        throw new src/* DecodeError */.Xc(p, 'a whole number of 0 or more', v);
    return n;
};
function severityMap(value) {
    return (v, p) => {
        const raw = src/* decode.record */.D4.record(src/* decode.unknown */.D4.unknown)(v, p);
        const out = {};
        for (const [k, x] of Object.entries(raw)) {
            const sev = k.toUpperCase();
            if (!SEVERITIES.includes(sev)) {
                throw new src/* UserError */.yo(`${p}.${k}: unknown severity; use ${SEVERITIES.map((s) => s.toLowerCase()).join(', ')}`);
            }
            out[sev] = value(x, `${p}.${k}`);
        }
        return out;
    };
}
const days = (v, p) => {
    const raw = typeof v === 'number' ? `${v}d` : src/* decode.string */.D4.string(v, p);
    const seconds = (0,src/* parseDuration */.E9)(raw);
    if (seconds === undefined || seconds <= 0)
        throw new src/* DecodeError */.Xc(p, 'a duration such as 7d, 30d or 2w', v);
    return seconds / 86400;
};
/** A calendar day `YYYY-MM-DD`; impossible dates (2024-02-30) are refused naming the field. */
const calendarDay = (v, p) => {
    if (v instanceof Date && !Number.isNaN(v.getTime()))
        return v.toISOString().slice(0, 10);
    const s = src/* decode.string */.D4.string(v, p).trim();
    (0,src/* parseCalendarDate */.g6)(s, p || 'date');
    return s;
};
const nonEmpty = (v, p) => {
    const s = src/* decode.string */.D4.string(v, p).trim();
    if (s === '')
        throw new src/* DecodeError */.Xc(p, 'a non-empty string', v);
    return s;
};
const unrecognized = (v, p) => {
    const s = src/* decode.string */.D4.string(v, p).toLowerCase();
    if (s === 'block')
        return 'block';
    if (!SEVERITIES.includes(s.toUpperCase())) {
        throw new src/* DecodeError */.Xc(p, `block or a severity to count such findings as (${SEVERITIES.map((x) => x.toLowerCase()).join(', ')})`, v);
    }
    return s.toUpperCase();
};
const kindRule = (fallback) => src/* decode.map */.D4.map(src/* decode.withDefault */.D4.withDefault(src/* decode.object */.D4.object({
    'fail-on': src/* decode.optional */.D4.optional(threshold),
    max: src/* decode.optional */.D4.optional(severityMap(count)),
    'only-fixed': src/* decode.optional */.D4.optional(src/* decode.boolean */.D4.boolean),
    'fail-on-known-exploited': src/* decode.optional */.D4.optional(src/* decode.boolean */.D4.boolean),
    'epss-threshold': src/* decode.optional */.D4.optional(src/* decode.map */.D4.map(src/* decode.number */.D4.number, (n, p) => {
        if (n < 0 || n > 1)
            throw new src/* DecodeError */.Xc(p, 'a probability from 0 to 1', n);
        return n;
    })),
}, { strict: true }), {}), (r) => ({
    failOn: r['fail-on'] ?? fallback.failOn,
    max: r.max ?? fallback.max,
    onlyFixed: r['only-fixed'] ?? fallback.onlyFixed,
    failOnKnownExploited: r['fail-on-known-exploited'] ?? fallback.failOnKnownExploited,
    ...(r['epss-threshold'] !== undefined
        ? { epssThreshold: r['epss-threshold'] }
        : fallback.epssThreshold !== undefined
            ? { epssThreshold: fallback.epssThreshold }
            : {}),
}));
const rulesShape = (base) => ({
    vulnerabilities: kindRule(base.vulnerabilities),
    misconfigurations: kindRule(base.misconfigurations),
    secrets: src/* decode.map */.D4.map(src/* decode.withDefault */.D4.withDefault(src/* decode.object */.D4.object({ block: src/* decode.optional */.D4.optional(src/* decode.boolean */.D4.boolean) }, { strict: true }), {}), (s) => ({
        block: s.block ?? base.secrets.block,
    })),
    licenses: src/* decode.map */.D4.map(src/* decode.withDefault */.D4.withDefault(src/* decode.object */.D4.object({
        deny: src/* decode.optional */.D4.optional(src/* decode.array */.D4.array(nonEmpty)),
        allow: src/* decode.optional */.D4.optional(src/* decode.array */.D4.array(nonEmpty)),
        'fail-on': src/* decode.optional */.D4.optional(threshold),
    }, { strict: true }), {}), (l) => ({ deny: l.deny ?? base.licenses.deny, allow: l.allow ?? base.licenses.allow, failOn: l['fail-on'] ?? base.licenses.failOn })),
    sla: src/* decode.map */.D4.map(src/* decode.optional */.D4.optional(severityMap(days)), (s) => s ?? base.sla),
    'allow-empty-scan': src/* decode.map */.D4.map(src/* decode.optional */.D4.optional(src/* decode.boolean */.D4.boolean), (b) => b ?? base.allowEmptyScan),
    'unrecognized-severity': src/* decode.map */.D4.map(src/* decode.optional */.D4.optional(unrecognized), (u) => u ?? base.unrecognizedSeverity),
});
/** Decodes the settings an image override may replace, on top of `base`. */
function rulesDecoder(base, strict) {
    return src/* decode.map */.D4.map(src/* decode.object */.D4.object(rulesShape(base), { strict }), (r) => ({
        vulnerabilities: r.vulnerabilities,
        misconfigurations: r.misconfigurations,
        secrets: r.secrets,
        licenses: r.licenses,
        sla: r.sla,
        allowEmptyScan: r['allow-empty-scan'],
        unrecognizedSeverity: r['unrecognized-severity'],
    }));
}
/** The policy when none is given: critical vulnerabilities, any secret and any malware block. */
const DEFAULT_RULES = {
    vulnerabilities: { failOn: 'CRITICAL', max: {}, onlyFixed: false, failOnKnownExploited: false },
    misconfigurations: { failOn: 'CRITICAL', max: {}, onlyFixed: false, failOnKnownExploited: false },
    secrets: { block: true },
    licenses: { deny: [], allow: [], failOn: 'none' },
    sla: {},
    allowEmptyScan: false,
    unrecognizedSeverity: 'block',
};
const version = (v, p) => {
    if (v !== 1 && v !== '1')
        throw new src/* DecodeError */.Xc(p, 'policy version 1', v);
    return 1;
};
const exception = src/* decode.object */.D4.object({
    id: nonEmpty,
    reason: nonEmpty,
    expires: calendarDay,
    package: src/* decode.optional */.D4.optional(nonEmpty),
    path: src/* decode.optional */.D4.optional(src/* decode.map */.D4.map(nonEmpty, (glob, p) => {
        checkPathPattern(glob, p);
        return glob;
    })),
    image: src/* decode.optional */.D4.optional(nonEmpty),
}, { strict: true });
/** Decodes a policy document; unknown fields, bad severities and exceptions without a reason or expiry are errors. */
const decodePolicy = (v, p) => {
    const top = src/* decode.object */.D4.object({
        version: src/* decode.optional */.D4.optional(version),
        ...Object.fromEntries(Object.keys(rulesShape(DEFAULT_RULES)).map((k) => [k, src/* decode.unknown */.D4.unknown])),
        'warn-days': src/* decode.optional */.D4.optional(count),
        exceptions: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(exception), []),
        overrides: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.record */.D4.record(src/* decode.unknown */.D4.unknown)), []),
    }, { strict: true })(v ?? {}, p);
    const rules = rulesDecoder(DEFAULT_RULES, false)(top, p);
    const overrides = top.overrides.map((o, i) => {
        const at = `${p ? `${p}.` : ''}overrides[${i}]`;
        const { image, ...rest } = o;
        const glob = nonEmpty(image, `${at}.image`);
        const parsed = rulesDecoder(rules, true)(rest, at);
        return { image: glob, rules: parsed };
    });
    return { ...rules, warnDays: top['warn-days'] ?? 14, exceptions: top.exceptions, overrides };
};
/** The default policy, used when no policy file is given. */
const DEFAULT_POLICY = decodePolicy({}, '');
/** `*` matches any run of characters (including `/` and `:`), everything else literally. */
function imageMatches(glob, image) {
    if (image === undefined)
        return false;
    const re = new RegExp(`^${glob
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return re.test(image);
}
/** The rules for one image: the base policy with the first matching override on top. */
function rulesFor(policy, image) {
    return policy.overrides.find((o) => imageMatches(o.image, image))?.rules ?? policy;
}

;// CONCATENATED MODULE: ./packages/scan/src/suppression.ts




const DAY = 86_400_000;
/** Days until a rule expires (0 on its last day, negative once expired); undefined when it has no expiry. */
function daysLeft(rule, now) {
    if (!rule.expires)
        return undefined;
    const end = (0,src/* parseCalendarDate */.g6)(rule.expires, 'expires') + DAY;
    return Math.ceil((end - now.getTime()) / DAY) - 1;
}
/** Active, expiring within `warnDays`, or expired. */
function ruleStatus(rule, now, warnDays) {
    const left = daysLeft(rule, now);
    if (left === undefined)
        return 'active';
    if (left < 0)
        return 'expired';
    return left < warnDays ? 'expiring' : 'active';
}
/** The paths a rule's pattern is matched against, as the rule's tool does it. */
function pathsFor(rule, f) {
    // Grype tries every location of the package; Trivy the result's target and the package path.
    if (rule.origin === 'grype-ignore')
        return f.locations ?? [f.path, f.target];
    return [f.path, f.target];
}
/** `pkg:deb/debian/libssl1.1@1.1.1n?arch=amd64` -> without qualifiers, and without version when the pattern has none. */
function purlMatches(pattern, purl) {
    if (!purl)
        return false;
    const strip = (s) => decodeURIComponent(s.split(/[?#]/)[0] ?? s).toLowerCase();
    const want = strip(pattern);
    const have = strip(purl);
    return want.includes('@') ? have === want : have.split('@')[0] === want;
}
/** True when the rule covers the finding (ids, then every scope the rule sets). */
function ruleMatches(rule, f) {
    if (rule.id !== '*' && !allIds(f).some((id) => id.toUpperCase() === rule.id.toUpperCase()))
        return false;
    if (rule.package !== undefined && rule.package !== f.package?.name && !purlMatches(rule.package, f.package?.purl))
        return false;
    if (rule.version !== undefined && rule.version !== f.package?.version)
        return false;
    if (rule.purls && !rule.purls.some((p) => purlMatches(p, f.package?.purl)))
        return false;
    if (rule.paths && !rule.paths.some((p) => pathMatches(p, pathsFor(rule, f), rule.origin === 'policy' ? 'policy' : 'doublestar')))
        return false;
    if (rule.image !== undefined && !imageMatches(rule.image, f.image))
        return false;
    if (rule.fixState !== undefined && rule.fixState !== grypeFixState(f))
        return false;
    return true;
}
function grypeFixState(f) {
    return f.fix.state === 'not-affected' ? 'unknown' : f.fix.state;
}
/** Splits findings into kept and suppressed; expired rules match but no longer suppress. */
function applySuppressions(findings, rules, now, warnDays) {
    const uses = rules.map((rule) => {
        const left = daysLeft(rule, now);
        return { rule, status: ruleStatus(rule, now, warnDays), ...(left !== undefined ? { daysLeft: left } : {}), matched: 0 };
    });
    // Index by id so 50,000 findings against hundreds of rules stays linear.
    const byId = new Map();
    const wildcard = [];
    for (const use of uses) {
        if (use.rule.id === '*')
            wildcard.push(use);
        else {
            const key = use.rule.id.toUpperCase();
            const list = byId.get(key);
            if (list)
                list.push(use);
            else
                byId.set(key, [use]);
        }
    }
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        const candidates = [...allIds(f).flatMap((id) => byId.get(id.toUpperCase()) ?? []), ...wildcard].filter((u) => ruleMatches(u.rule, f));
        for (const u of candidates)
            u.matched += 1;
        const live = candidates.find((u) => u.status !== 'expired');
        if (live)
            suppressed.push({ finding: f, rule: live.rule });
        else
            kept.push(f);
    }
    return { kept, suppressed, uses };
}

;// CONCATENATED MODULE: ./packages/scan/src/ignore-files.ts


/** Reads `.trivyignore`: one id per line, `#` comments, an optional `exp:YYYY-MM-DD`. */
function parseTrivyIgnore(text, source) {
    const rules = [];
    for (const [i, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const [id, ...rest] = line.split(/\s+/);
        let expires;
        for (const word of rest) {
            const m = /^exp:(.*)$/.exec(word);
            if (m?.[1] === undefined)
                throw new src/* UserError */.yo(`${source}:${i + 1}: unexpected '${word}'; a line is an id and an optional exp:YYYY-MM-DD`);
            (0,src/* parseCalendarDate */.g6)(m[1], `${source}:${i + 1}: exp`);
            expires = m[1];
        }
        // A trailing comment on the line before is Trivy's convention for the reason.
        const comment = /#\s*(.+)$/.exec(text.split(/\r?\n/)[i - 1] ?? '')?.[1];
        rules.push({ origin: 'trivyignore', source, id: id ?? '', ...(expires ? { expires } : {}), ...(comment ? { reason: comment } : {}) });
    }
    return rules;
}
// Trivy reads `expired_at` as a YAML timestamp: a date, or a date and time (whose UTC day is kept).
const day = (v, p) => {
    if (v instanceof Date && !Number.isNaN(v.getTime()))
        return v.toISOString().slice(0, 10);
    const s = src/* decode.string */.D4.string(v, p).trim();
    return new Date((0,src/* parseDateTime */.DP)(s, p)).toISOString().slice(0, 10);
};
const pathPatterns = (v, p) => {
    const list = src/* decode.array */.D4.array(src/* decode.string */.D4.string)(v, p);
    list.forEach((pattern, i) => checkPathPattern(pattern, `${p}[${i}]`));
    return list;
};
const trivyEntry = src/* decode.object */.D4.object({
    id: src/* decode.string */.D4.string,
    paths: src/* decode.optional */.D4.optional(pathPatterns),
    purls: src/* decode.optional */.D4.optional(src/* decode.array */.D4.array(src/* decode.string */.D4.string)),
    expired_at: src/* decode.optional */.D4.optional(day),
    statement: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
}, { strict: true });
const trivyYaml = src/* decode.object */.D4.object({
    vulnerabilities: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(trivyEntry), []),
    misconfigurations: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(trivyEntry), []),
    secrets: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(trivyEntry), []),
    licenses: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(trivyEntry), []),
}, { strict: true });
/** Reads `.trivyignore.yaml` (ids with paths, purls, `expired_at` and a statement). */
function parseTrivyIgnoreYaml(text, source) {
    const doc = (0,src/* decodeDocument */.w8)(trivyYaml, (0,src/* parseYamlText */.cd)(text, source) ?? {}, source);
    return [...doc.vulnerabilities, ...doc.misconfigurations, ...doc.secrets, ...doc.licenses].map((e) => ({
        origin: 'trivyignore',
        source,
        id: e.id,
        ...(e.statement ? { reason: e.statement } : {}),
        ...(e.expired_at ? { expires: e.expired_at } : {}),
        ...(e.paths ? { paths: e.paths } : {}),
        ...(e.purls ? { purls: e.purls } : {}),
    }));
}
const grypeRule = src/* decode.object */.D4.object({
    vulnerability: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
    reason: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
    'fix-state': src/* decode.optional */.D4.optional(src/* decode.literal */.D4.literal('fixed', 'not-fixed', 'wont-fix', 'unknown')),
    namespace: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
    package: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({
        name: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
        version: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
        type: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
        location: src/* decode.optional */.D4.optional((v, p) => {
            const pattern = src/* decode.string */.D4.string(v, p);
            checkPathPattern(pattern, p);
            return pattern;
        }),
    })),
});
/** Reads the `ignore:` rules of a Grype configuration (`.grype.yaml`). */
function parseGrypeIgnore(text, source) {
    const doc = (0,src/* decodeDocument */.w8)(src/* decode.object */.D4.object({ ignore: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(grypeRule), []) }), (0,src/* parseYamlText */.cd)(text, source) ?? {}, source);
    return doc.ignore.map((r, i) => {
        if (!r.vulnerability && !r.package && !r['fix-state']) {
            throw new src/* UserError */.yo(`${source}: ignore[${i}] has no vulnerability, package or fix-state, so it would ignore everything`);
        }
        return {
            origin: 'grype-ignore',
            source,
            id: r.vulnerability ?? '*',
            ...(r.reason ? { reason: r.reason } : {}),
            ...(r.package?.name ? { package: r.package.name } : {}),
            ...(r.package?.version ? { version: r.package.version } : {}),
            ...(r.package?.location ? { paths: [r.package.location] } : {}),
            ...(r['fix-state'] ? { fixState: r['fix-state'] } : {}),
        };
    });
}
/** Reads an ignore file by its name: `.trivyignore`, `.trivyignore.yaml`/`.yml`, or a Grype config. */
function parseIgnoreFile(text, source) {
    const name = source.split(/[\\/]/).pop() ?? source;
    if (/^\.?trivyignore\.ya?ml$/.test(name))
        return parseTrivyIgnoreYaml(text, source);
    if (/trivyignore/.test(name))
        return parseTrivyIgnore(text, source);
    if (/grype.*\.ya?ml$/.test(name))
        return parseGrypeIgnore(text, source);
    throw new src/* UserError */.yo(`${source}: not a known ignore file; name it .trivyignore, .trivyignore.yaml or .grype.yaml`);
}

;// CONCATENATED MODULE: ./packages/scan/src/vex.ts

const vex_str = src/* decode.optional */.D4.optional(src/* decode.string */.D4.string);
const idRef = src/* decode.oneOf */.D4.oneOf(src/* decode.map */.D4.map(src/* decode.string */.D4.string, (s) => ({ '@id': s })), src/* decode.object */.D4.object({ '@id': vex_str }));
const openVexStatement = src/* decode.object */.D4.object({
    vulnerability: src/* decode.oneOf */.D4.oneOf(src/* decode.map */.D4.map(src/* decode.string */.D4.string, (s) => ({ name: s })), src/* decode.object */.D4.object({ name: vex_str, '@id': vex_str })),
    products: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.object */.D4.object({ '@id': vex_str, subcomponents: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(idRef), []) })), []),
    status: src/* decode.literal */.D4.literal('not_affected', 'affected', 'fixed', 'under_investigation'),
    justification: vex_str,
    impact_statement: vex_str,
});
const openVex = src/* decode.object */.D4.object({ '@context': src/* decode.string */.D4.string, statements: src/* decode.array */.D4.array(openVexStatement) });
const cdxVex = src/* decode.object */.D4.object({
    bomFormat: src/* decode.literal */.D4.literal('CycloneDX'),
    vulnerabilities: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.object */.D4.object({
        id: src/* decode.string */.D4.string,
        analysis: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ state: vex_str, justification: vex_str, detail: vex_str })),
        affects: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.object */.D4.object({ ref: src/* decode.string */.D4.string })), []),
    })), []),
});
function oci(id) {
    return id.startsWith('pkg:oci/');
}
/** OpenVEX: `not_affected` (with a justification or impact statement) and `fixed` suppress. */
function fromOpenVex(doc, source, problems) {
    return doc.statements.flatMap((s) => {
        const vulnerability = s.vulnerability.name ?? s.vulnerability['@id'] ?? '';
        if (s.status !== 'not_affected' && s.status !== 'fixed')
            return [];
        if (s.status === 'not_affected' && !s.justification && !s.impact_statement) {
            problems.push({ source, vulnerability, problem: 'not_affected without a justification or impact_statement: not applied' });
            return [];
        }
        // Packages are the subcomponents when given, else the products; an image product alone scopes nothing we can check.
        const purls = s.products
            .flatMap((p) => (p.subcomponents.length > 0 ? p.subcomponents.map((c) => c['@id'] ?? '') : [p['@id'] ?? '']))
            .filter((x) => x && !oci(x));
        const images = s.products.map((p) => p['@id'] ?? '').filter(oci);
        if (purls.length === 0 && images.length === 0) {
            problems.push({ source, vulnerability, problem: 'the statement names no product: not applied' });
            return [];
        }
        const reason = `VEX ${s.status}${s.justification ? `: ${s.justification}` : ''}${s.impact_statement ? ` (${s.impact_statement})` : ''}`;
        return [{ origin: 'vex', source, id: vulnerability, reason, ...(purls.length > 0 ? { purls } : {}) }];
    });
}
/** CycloneDX VEX: `not_affected` (with a justification), `false_positive` and `resolved` suppress. */
function fromCycloneDx(doc, source, problems) {
    return doc.vulnerabilities.flatMap((v) => {
        const state = v.analysis?.state;
        if (state !== 'not_affected' && state !== 'false_positive' && state !== 'resolved')
            return [];
        if (state === 'not_affected' && !v.analysis?.justification) {
            problems.push({ source, vulnerability: v.id, problem: 'not_affected without a justification: not applied' });
            return [];
        }
        // A ref is `urn:cdx:<serial>/<version>#<bom-ref>`; the bom-ref is usually the purl.
        const purls = v.affects.map((a) => a.ref.split('#').pop() ?? a.ref).filter((r) => r.startsWith('pkg:'));
        if (purls.length === 0) {
            problems.push({ source, vulnerability: v.id, problem: 'affects names no package URL: not applied' });
            return [];
        }
        const reason = `VEX ${state}${v.analysis?.justification ? `: ${v.analysis.justification}` : ''}`;
        return [{ origin: 'vex', source, id: v.id, reason, purls }];
    });
}
/** Reads an OpenVEX or CycloneDX VEX document into suppression rules and the statements it could not apply. */
function parseVex(text, source) {
    const value = (0,src/* parseJson */.qF)(text, source);
    const problems = [];
    if (typeof value === 'object' && value !== null && '@context' in value) {
        return { rules: fromOpenVex((0,src/* decodeDocument */.w8)(openVex, value, source), source, problems), problems };
    }
    if (typeof value === 'object' && value !== null && 'bomFormat' in value) {
        return { rules: fromCycloneDx((0,src/* decodeDocument */.w8)(cdxVex, value, source), source, problems), problems };
    }
    throw new src/* UserError */.yo(`${source} is neither an OpenVEX document (@context, statements) nor CycloneDX VEX (bomFormat, vulnerabilities)`);
}

;// CONCATENATED MODULE: ./packages/scan/src/sla.ts

/** Decodes a saved state file's shape; the dates in it are checked by `validSlaState`. */
const decodeSlaState = src/* decode.map */.D4.map(src/* decode.object */.D4.object({ version: src/* decode.literal */.D4.literal('1'), firstSeen: src/* decode.record */.D4.record(src/* decode.string */.D4.string) }), (s) => ({ version: 1, firstSeen: s.firstSeen }));
const MINUTE = 60_000;
/** Why a first-seen value cannot be used, or undefined when it can. */
function problemWith(value, nowMs) {
    let at;
    try {
        at = (0,src/* parseDateTime */.DP)(value, 'firstSeen');
    }
    catch {
        return 'not a date';
    }
    return at > nowMs + MINUTE ? 'in the future' : undefined;
}
/**
 * Keeps only the first-seen dates that are real dates, not in the future. Any other entry would
 * stop its clock for good (a NaN or a far-future date is never past its SLA): its clock restarts
 * today instead, and a note says how many and why.
 */
function validSlaState(state, now, source = 'the saved SLA state') {
    const firstSeen = {};
    const bad = new Map();
    for (const [fp, value] of Object.entries(state.firstSeen)) {
        const problem = problemWith(value, now.getTime());
        if (problem === undefined)
            firstSeen[fp] = value;
        else
            bad.set(problem, [...(bad.get(problem) ?? []), value]);
    }
    const notes = [...bad].map(([problem, values]) => {
        const distinct = [...new Set(values)];
        const shown = distinct.slice(0, 3).map((v) => `'${v.slice(0, 40)}'`);
        return `${source}: ${values.length} first-seen date${values.length === 1 ? ' is' : 's are'} ${problem} (${shown.join(', ')}${distinct.length > 3 ? ', \u2026' : ''}); ${values.length === 1 ? 'its clock restarts' : 'their clocks restart'} today`;
    });
    return { state: { version: 1, firstSeen }, notes };
}
/** The state for the next run: first-seen dates of today's findings, new ones stamped `now`; gone ones dropped. */
function nextSlaState(previous, fingerprints, now) {
    const firstSeen = {};
    for (const fp of fingerprints)
        firstSeen[fp] = previous.firstSeen[fp] ?? now.toISOString();
    return { version: 1, firstSeen };
}
/** Serialises a state with a string version (JSON and YAML agree on it). */
function serialiseSlaState(state) {
    return `${JSON.stringify({ version: '1', firstSeen: state.firstSeen })}\n`;
}
const sla_DAY = 86_400_000;
/** Days left before a finding first seen at `firstSeen` (a checked date) breaks an SLA of `slaDays` (negative: overdue). */
function slaDaysLeft(firstSeen, slaDays, now) {
    const due = (0,src/* parseDateTime */.DP)(firstSeen, 'firstSeen') + slaDays * sla_DAY;
    return Math.floor((due - now.getTime()) / sla_DAY);
}

;// CONCATENATED MODULE: ./packages/scan/src/fingerprint.ts

/** `ghcr.io/org/app:1.2@sha256:..` -> `ghcr.io/org/app`: a rebuild changes the tag and digest, not the repository. */
function imageRepository(image) {
    if (!image)
        return '';
    const noDigest = image.split('@')[0] ?? image;
    const lastSlash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}
/**
 * A finding's identity that survives a rebuild: rule, package (not its version, so an upgrade
 * that does not fix keeps the alert and its SLA clock), file for file-based kinds, image repository.
 */
function fingerprint(f) {
    // Scanners name package types differently (Trivy `debian`, Grype `deb`): an OS package is keyed as `os`.
    const path = (f.path ?? f.target ?? '').replace(/\\/g, '/').replace(/^\/+/, '');
    const where = f.kind === 'vulnerability' ? `${f.package?.os ? 'os' : path}/${f.package?.name ?? ''}` : `${path}|${f.package?.name ?? ''}`;
    return (0,src/* digestBytes */.QN)(`${f.kind}|${f.id.toUpperCase()}|${where}|${imageRepository(f.image)}`).slice(0, 32);
}

;// CONCATENATED MODULE: ./packages/scan/src/counts.ts

const zeroSeverities = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
/** Counts the findings the gate kept (suppressed ones only as a total). */
function countFindings(evaluated, suppressed) {
    const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
    const bySeverity = zeroSeverities();
    const byKindAndSeverity = Object.fromEntries(KINDS.map((k) => [k, zeroSeverities()]));
    let blocking = 0;
    for (const { finding, blocking: b } of evaluated) {
        byKind[finding.kind] += 1;
        bySeverity[finding.severity] += 1;
        byKindAndSeverity[finding.kind][finding.severity] += 1;
        if (b)
            blocking += 1;
    }
    return { total: evaluated.length, blocking, suppressed, byKind, bySeverity, byKindAndSeverity };
}

;// CONCATENATED MODULE: ./packages/scan/src/decide.ts




const lower = (s) => s.toLowerCase();
function decide_kindRule(rules, kind) {
    return kind === 'vulnerability' ? rules.vulnerabilities : kind === 'misconfiguration' ? rules.misconfigurations : undefined;
}
/** How a finding's severity reads to a person: the scanner's text when the gate could not read it. */
function describeRawSeverity(raw) {
    return raw === '' ? 'no severity' : `severity '${raw.slice(0, 40)}'`;
}
// Severity decides vulnerabilities and misconfigurations, and licenses only under a `fail-on`.
function severityMatters(f, rules) {
    if (f.kind === 'vulnerability' || f.kind === 'misconfiguration')
        return true;
    return f.kind === 'license' && rules.licenses.failOn !== 'none';
}
function unrecognizedReason(f, rules) {
    if (f.rawSeverity === undefined || rules.unrecognizedSeverity !== 'block' || !severityMatters(f, rules))
        return [];
    return [`${describeRawSeverity(f.rawSeverity)} is not one the gate knows (unrecognized-severity: block)`];
}
/** The finding as the policy counts it: an unreadable severity mapped by `unrecognized-severity`, when the policy maps it. */
function asCounted(f, rules) {
    if (f.rawSeverity === undefined || rules.unrecognizedSeverity === 'block')
        return f;
    return { ...f, severity: rules.unrecognizedSeverity };
}
function reasonsFor(f, rules) {
    const { reasons, counted } = thresholdReasons(f, rules);
    return { reasons: counted ? [...unrecognizedReason(f, rules), ...reasons] : reasons, counted };
}
function thresholdReasons(f, rules) {
    switch (f.kind) {
        case 'malware':
            return { reasons: ['malware always blocks'], counted: true };
        case 'secret':
            return { reasons: rules.secrets.block ? ['secrets block'] : [], counted: true };
        case 'license': {
            const reasons = [];
            if (rules.licenses.deny.some((d) => d.toLowerCase() === f.id.toLowerCase()))
                reasons.push(`license ${f.id} is denied`);
            else if (rules.licenses.allow.length > 0 && !rules.licenses.allow.some((a) => a.toLowerCase() === f.id.toLowerCase())) {
                reasons.push(`license ${f.id} is not on the allow list`);
            }
            if (rules.licenses.failOn !== 'none' && atLeast(f.severity, rules.licenses.failOn)) {
                reasons.push(`${lower(f.severity)} license finding (fail-on: ${lower(rules.licenses.failOn)})`);
            }
            return { reasons, counted: true };
        }
        default: {
            const rule = decide_kindRule(rules, f.kind);
            if (!rule)
                return { reasons: [], counted: true };
            if (rule.onlyFixed && f.fix.state !== 'fixed')
                return { reasons: [], counted: false };
            const reasons = [];
            if (rule.failOn !== 'none' && atLeast(f.severity, rule.failOn))
                reasons.push(`${lower(f.severity)} (fail-on: ${lower(rule.failOn)})`);
            if (rule.failOnKnownExploited && f.knownExploited)
                reasons.push('known exploited');
            if (rule.epssThreshold !== undefined && f.epss !== undefined && f.epss >= rule.epssThreshold) {
                reasons.push(`EPSS ${f.epss} >= ${rule.epssThreshold}`);
            }
            return { reasons, counted: true };
        }
    }
}
/** Applies the policy to each kept finding: thresholds, known-exploited, EPSS, licenses, SLAs, then budgets. */
function evaluateFindings(findings, policy, sla, now) {
    const groups = new Map();
    const evaluated = findings.map((scanned) => {
        const rules = rulesFor(policy, scanned.image);
        const finding = asCounted(scanned, rules);
        const fp = fingerprint(finding);
        const { reasons, counted } = reasonsFor(finding, rules);
        const e = { finding, fingerprint: fp, blocking: false, reasons, counted };
        const slaDays = counted ? rules.sla[finding.severity] : undefined;
        if (slaDays !== undefined && (finding.kind === 'vulnerability' || finding.kind === 'misconfiguration')) {
            const firstSeen = sla.firstSeen[fp] ?? now.toISOString();
            const daysLeft = slaDaysLeft(firstSeen, slaDays, now);
            e.sla = { days: slaDays, firstSeen, daysLeft };
            // Inside its SLA a finding gets time to be fixed; past it, it blocks like any other.
            if (reasons.length === 0 && daysLeft < 0)
                reasons.push(`past its ${slaDays}-day fix SLA (first seen ${firstSeen.slice(0, 10)})`);
        }
        const group = groups.get(rules);
        if (group)
            group.push(e);
        else
            groups.set(rules, [e]);
        return e;
    });
    const breaches = [];
    for (const [rules, members] of groups) {
        for (const kind of ['vulnerability', 'misconfiguration']) {
            const rule = decide_kindRule(rules, kind);
            for (const [severity, max] of Object.entries(rule?.max ?? {})) {
                const over = members.filter((e) => e.counted && e.finding.kind === kind && e.finding.severity === severity);
                if (over.length <= max)
                    continue;
                const image = over[0]?.finding.image;
                breaches.push({ kind, severity, count: over.length, max, ...(rules !== policy && image ? { image } : {}) });
                for (const e of over)
                    e.reasons.push(`over budget: ${over.length} ${lower(severity)} ${kind} findings, max ${max}`);
            }
        }
    }
    for (const e of evaluated)
        e.blocking = e.reasons.length > 0;
    return { evaluated, breaches };
}

;// CONCATENATED MODULE: ./packages/scan/src/gate.ts









/** Orders findings worst first: blocking, then severity, then id. */
function byImportance(a, b) {
    return (Number(b.blocking) - Number(a.blocking) || compareSeverity(b.finding.severity, a.finding.severity) || byId(a.finding.id, b.finding.id));
}
function policyRules(policy) {
    return policy.exceptions.map((e) => ({
        origin: 'policy',
        source: 'policy exceptions',
        id: e.id,
        reason: e.reason,
        expires: e.expires,
        ...(e.package ? { package: e.package } : {}),
        ...(e.path ? { paths: [e.path] } : {}),
        ...(e.image ? { image: e.image } : {}),
    }));
}
function explain(findings, breaches, uses) {
    const blocking = findings.filter((f) => f.blocking);
    const why = [];
    if (blocking.length > 0) {
        const groups = new Map();
        for (const f of blocking) {
            const key = `${f.finding.kind === 'malware' || f.finding.kind === 'secret' ? '' : `${f.finding.severity.toLowerCase()} `}${f.finding.kind}`;
            groups.set(key, (groups.get(key) ?? 0) + 1);
        }
        why.push(`${blocking.length} blocking finding${blocking.length === 1 ? '' : 's'}: ${[...groups].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    }
    for (const b of breaches)
        why.push(`${b.count} ${b.severity.toLowerCase()} ${b.kind} findings exceed the budget of ${b.max}${b.image ? ` for ${b.image}` : ''}`);
    const overdue = findings.filter((f) => f.sla && f.sla.daysLeft < 0 && f.blocking).length;
    if (overdue > 0)
        why.push(`${overdue} finding${overdue === 1 ? ' is' : 's are'} past the fix SLA`);
    const expired = uses.filter((u) => u.status === 'expired' && u.matched > 0);
    for (const u of expired)
        why.push(`exception ${u.rule.id} expired on ${u.rule.expires ?? ''} and no longer suppresses ${u.matched} finding${u.matched === 1 ? '' : 's'}`);
    const unreadable = blocking.filter((f) => f.finding.rawSeverity !== undefined && f.reasons.some((r) => r.includes('unrecognized-severity')));
    if (unreadable.length > 0) {
        const named = unreadable
            .slice(0, 5)
            .map((f) => `${f.finding.id}${f.finding.package ? ` in ${f.finding.package.name}` : f.finding.path ? ` in ${f.finding.path}` : ''} (${describeRawSeverity(f.finding.rawSeverity ?? '')})`);
        why.push(`${unreadable.length} finding${unreadable.length === 1 ? ' has' : 's have'} a severity the gate cannot read: ${named.join(', ')}${unreadable.length > 5 ? ', \u2026' : ''}`);
    }
    if (why.length === 0)
        why.push('no finding meets a blocking rule of the policy');
    return why;
}
/**
 * Refuses reports that say the scan failed (SCAN_FAILED), and reports that scanned nothing
 * (SCAN_EMPTY) unless the policy's `allow-empty-scan` accepts them for that target; returns the
 * notes for the accepted empty ones. An empty or failed scan is never a clean one.
 */
function checkScans(reports, policy) {
    const failed = reports.filter((r) => r.status.failures.length > 0);
    if (failed.length > 0) {
        throw new src/* UserError */.yo(`The scanner says the scan failed, so its report cannot pass: ${failed.map((r) => `${r.source}: ${r.status.failures.join('; ')}`).join('. ')}`, {
            code: src/* errorCodes */.fv.scanFailed,
            hint: 'fix the scanner run (update its vulnerability database, check the target) and scan again',
        });
    }
    const notes = [];
    const refused = [];
    for (const r of reports) {
        if (r.status.empty === undefined)
            continue;
        if (rulesFor(policy, r.artifact).allowEmptyScan)
            notes.push(`${r.source} scanned nothing (${r.status.empty}); accepted by allow-empty-scan`);
        else
            refused.push(`${r.source}: ${r.status.empty}`);
    }
    if (refused.length > 0) {
        throw new src/* UserError */.yo(`A report scanned nothing, and an empty scan is not a clean scan: ${refused.join('; ')}`, {
            code: src/* errorCodes */.fv.scanEmpty,
            hint: "check the scanner's target and options (a wrong path, an image without an OS or lockfile); for a target that really has nothing to scan, set allow-empty-scan: true in the policy",
        });
    }
    return notes;
}
/** Dedupes, suppresses, evaluates and decides; pure, so the action, the CLI and the tests share it. */
function runGate(input) {
    const notes = checkScans(input.reports, input.policy);
    const all = dedupeFindings(input.reports.flatMap((r) => r.findings));
    const rules = [...policyRules(input.policy), ...(input.rules ?? [])];
    const { kept, suppressed, uses } = applySuppressions(all, rules, input.now, input.policy.warnDays);
    const checked = validSlaState(input.sla ?? { version: 1, firstSeen: {} }, input.now);
    const sla = checked.state;
    notes.push(...checked.notes);
    const { evaluated, breaches } = evaluateFindings(kept, input.policy, sla, input.now);
    evaluated.sort(byImportance);
    const scannerSuppressed = input.reports.flatMap((r) => r.suppressed.map((s) => ({
        finding: s.finding,
        fingerprint: fingerprint(s.finding),
        origin: 'scanner',
        source: r.source,
        reason: s.reason,
    })));
    const allSuppressed = [
        ...suppressed.map((s) => ({
            finding: s.finding,
            fingerprint: fingerprint(s.finding),
            origin: s.rule.origin,
            source: s.rule.source,
            reason: s.rule.reason ?? `listed in ${s.rule.source} (no reason given)`,
        })),
        ...scannerSuppressed,
    ];
    const decision = evaluated.some((f) => f.blocking) ? 'fail' : 'pass';
    return {
        decision,
        why: explain(evaluated, breaches, uses),
        findings: evaluated,
        suppressed: allSuppressed,
        ruleUses: uses,
        vexProblems: [...(input.vexProblems ?? [])],
        breaches,
        counts: countFindings(evaluated, allSuppressed.length),
        artifacts: [...new Set(input.reports.map((r) => r.artifact ?? r.source))],
        nextSla: nextSlaState(sla, evaluated.map((e) => e.fingerprint), input.now),
        notes,
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/scan/src/security-severity.ts
// GitHub code scanning's bands: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
const BANDS = {
    CRITICAL: [9.1, 10, 9.5],
    HIGH: [7, 8.9, 8],
    MEDIUM: [4, 6.9, 5.5],
    LOW: [0.1, 3.9, 2],
    NEGLIGIBLE: [0.1, 3.9, 0.5],
};
/**
 * The `security-severity` of a finding: its CVSS score clamped into the band of its severity,
 * so GitHub shows the severity the gate decided on; undefined for UNKNOWN.
 */
function securitySeverity(severity, cvss) {
    const band = BANDS[severity];
    if (!band)
        return undefined;
    const [min, max, middle] = band;
    const score = cvss === undefined ? middle : Math.min(max, Math.max(min, Math.round(cvss * 10) / 10));
    return score.toFixed(1);
}

;// CONCATENATED MODULE: ./packages/scan/src/sarif.ts




/** GitHub code scanning's limits for one upload. */
const SARIF_LIMITS = { resultsPerRun: 25_000, gzipBytes: 10 * 1024 * 1024, runs: 20 };
const FINGERPRINT_KEY = 'slipwayFinding/v1';
function uriOf(f) {
    const raw = f.path ?? (f.kind === 'vulnerability' ? undefined : f.target) ?? (imageRepository(f.image) || f.target || 'container-image');
    const cleaned = raw
        .replace(/\\/g, '/')
        .replace(/^\/+/, '')
        .replace(/\s+\(.*\)$/, '');
    return encodeURI(cleaned || 'container-image');
}
function level(e) {
    if (e.blocking)
        return 'error';
    return compareSeverity(e.finding.severity, 'MEDIUM') >= 0 ? 'warning' : 'note';
}
function message(e) {
    const f = e.finding;
    const pkg = f.package ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}` : f.path ? ` in ${f.path}` : '';
    const fix = f.fix.versions.length > 0 ? ` (fixed in ${f.fix.versions.join(', ')})` : f.kind === 'vulnerability' ? ` (fix: ${f.fix.state})` : '';
    const verdict = e.blocking ? ` Blocks: ${e.reasons.join('; ')}.` : e.suppression ? ` Suppressed: ${e.suppression}.` : '';
    return `${f.severity} ${f.kind} ${f.id}${pkg}${fix}${f.title ? `: ${f.title}` : ''}.${verdict}`;
}
function sarif_result(e, ruleIndex) {
    const f = e.finding;
    return {
        ruleId: f.id,
        ruleIndex,
        level: level(e),
        message: { text: message(e) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: uriOf(f) },
                    ...(f.line ? { region: { startLine: f.line } } : {}),
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: e.fingerprint },
        ...(e.suppression ? { suppressions: [{ kind: 'external', status: 'accepted', justification: e.suppression }] } : {}),
        properties: {
            kind: f.kind,
            severity: f.severity,
            scanners: f.scanners,
            ...(f.package
                ? { package: f.package.name, installedVersion: f.package.version ?? '', ...(f.package.purl ? { purl: f.package.purl } : {}) }
                : {}),
            ...(f.fix.versions.length > 0 ? { fixedVersions: f.fix.versions } : {}),
            ...(f.image ? { image: f.image } : {}),
        },
    };
}
function rule(id, entries) {
    const worst = entries.reduce((a, b) => (compareSeverity(b.finding.severity, a.finding.severity) > 0 ? b : a));
    const f = worst.finding;
    const cvss = Math.max(...entries.filter((e) => e.finding.severity === f.severity).map((e) => e.finding.cvss ?? -1));
    const score = securitySeverity(f.severity, cvss >= 0 ? cvss : undefined);
    const text = f.title ?? id;
    return {
        id,
        name: id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text },
        fullDescription: { text },
        ...(f.url ? { helpUri: f.url } : {}),
        help: {
            text: `${f.kind} ${id}: ${text}${f.url ? ` (${f.url})` : ''}`,
            markdown: `**${f.kind} ${id}**: ${text}${f.url ? ` ([details](${f.url}))` : ''}`,
        },
        defaultConfiguration: {
            level: compareSeverity(f.severity, 'HIGH') >= 0 ? 'error' : compareSeverity(f.severity, 'MEDIUM') >= 0 ? 'warning' : 'note',
        },
        properties: {
            tags: ['security', f.kind, f.severity.toLowerCase()],
            ...(score ? { 'security-severity': score } : {}),
            precision: 'very-high',
        },
    };
}
function run(category, entries, toolVersion, dropped) {
    const rules = new Map();
    for (const e of entries) {
        const list = rules.get(e.finding.id);
        if (list)
            list.push(e);
        else
            rules.set(e.finding.id, [e]);
    }
    const index = new Map([...rules.keys()].map((id, i) => [id, i]));
    return {
        tool: {
            driver: {
                name: 'slipway-container-scan-gate',
                version: toolVersion,
                rules: [...rules].map(([id, es]) => rule(id, es)),
            },
        },
        automationDetails: { id: `${category}/` },
        invocations: [
            {
                executionSuccessful: true,
                ...(dropped && dropped.dropped > 0
                    ? {
                        toolExecutionNotifications: [
                            {
                                level: 'warning',
                                message: {
                                    text: `${dropped.dropped} of ${dropped.kept + dropped.dropped} results left out to fit GitHub's limits (lowest severity first; worst left out: ${dropped.worstDropped ?? 'n/a'}); the gate's JSON result has them all`,
                                },
                            },
                        ],
                    }
                    : {}),
            },
        ],
        results: entries.map((e) => sarif_result(e, index.get(e.finding.id) ?? 0)),
        properties: { category, ...(dropped && dropped.dropped > 0 ? { droppedResults: dropped.dropped } : {}) },
    };
}
const ORDER = (a, b) => Number(Boolean(a.suppression)) - Number(Boolean(b.suppression)) ||
    Number(b.blocking) - Number(a.blocking) ||
    compareSeverity(b.finding.severity, a.finding.severity) ||
    byId(a.finding.id, b.finding.id);
/** Category of the run that holds the images beyond GitHub's runs-per-file limit. */
const OVERFLOW_CATEGORY = 'container-scan-gate/more-images';
/**
 * GitHub takes at most 20 runs per file: the images with the worst findings keep their own run,
 * the rest share one (their results still name their image).
 */
function foldExtraRuns(groups, maxRuns) {
    if (groups.size <= maxRuns)
        return;
    const ranked = [...groups].sort(([, a], [, b]) => (a[0] && b[0] ? ORDER(a[0], b[0]) : 0) || b.length - a.length);
    const folded = ranked.slice(maxRuns - 1).flatMap(([, es]) => es);
    for (const [category] of ranked.slice(maxRuns - 1))
        groups.delete(category);
    groups.set(OVERFLOW_CATEGORY, folded.sort(ORDER));
}
/** The code-scanning category of an image (one SARIF run each). */
function sarifCategory(image) {
    const repo = imageRepository(image);
    return repo ? `container-scan-gate/${repo.replace(/[^A-Za-z0-9._/-]/g, '-')}` : 'container-scan-gate';
}
/**
 * Writes the gate's result as SARIF 2.1.0: one run per image (its own category), results sorted
 * worst first and cut to 25,000 per run and 10 MB gzipped, suppressions recorded.
 */
function writeSarif(gate, options) {
    const limits = options.limits ?? SARIF_LIMITS;
    const groups = new Map();
    const push = (e) => {
        const category = sarifCategory(e.finding.image);
        const list = groups.get(category);
        if (list)
            list.push(e);
        else
            groups.set(category, [e]);
    };
    for (const f of gate.findings)
        push({ finding: f.finding, fingerprint: f.fingerprint, blocking: f.blocking, reasons: f.reasons });
    for (const s of gate.suppressed)
        push({ finding: s.finding, fingerprint: s.fingerprint, blocking: false, reasons: [], suppression: `${s.reason} [${s.source}]` });
    for (const es of groups.values())
        es.sort(ORDER);
    foldExtraRuns(groups, limits.runs ?? SARIF_LIMITS.runs);
    let keep = new Map([...groups].map(([c, es]) => [c, Math.min(es.length, limits.resultsPerRun)]));
    const build = () => {
        const cuts = [];
        const runs = [...groups].map(([category, es]) => {
            const n = keep.get(category) ?? es.length;
            const droppedEntries = es.slice(n);
            const worst = droppedEntries.reduce((w, e) => (w === undefined || compareSeverity(e.finding.severity, w) > 0 ? e.finding.severity : w), undefined);
            const cut = { category, kept: n, dropped: es.length - n, ...(worst ? { worstDropped: worst } : {}) };
            if (cut.dropped > 0)
                cuts.push(cut);
            return run(category, es.slice(0, n), options.toolVersion, cut);
        });
        return {
            text: `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 1)}\n`,
            cuts,
        };
    };
    let out = build();
    // Only a file larger than the limit can compress to more than it; shrink the largest run until it fits.
    let gzipBytes = out.text.length <= limits.gzipBytes ? -1 : (0,external_node_zlib_.gzipSync)(out.text).length;
    while (gzipBytes > limits.gzipBytes) {
        const [largest] = [...keep].sort((a, b) => b[1] - a[1]);
        if (!largest || largest[1] === 0)
            break;
        keep = new Map(keep).set(largest[0], Math.floor(largest[1] * 0.8));
        out = build();
        gzipBytes = (0,external_node_zlib_.gzipSync)(out.text).length;
    }
    if (gzipBytes < 0)
        gzipBytes = (0,external_node_zlib_.gzipSync)(out.text).length;
    return { ...out, gzipBytes };
}

;// CONCATENATED MODULE: ./packages/scan/src/result-json.ts
/** Converts one evaluated finding. */
function findingJson(e) {
    const f = e.finding;
    return {
        id: f.id,
        aliases: f.aliases,
        kind: f.kind,
        severity: f.severity,
        ...(f.rawSeverity !== undefined ? { rawSeverity: f.rawSeverity } : {}),
        title: f.title ?? null,
        package: f.package?.name ?? null,
        version: f.package?.version ?? null,
        fixedVersions: f.fix.versions,
        fixState: f.fix.state,
        image: f.image ?? null,
        path: f.path ?? null,
        reasons: e.reasons,
        scanners: f.scanners,
        fingerprint: e.fingerprint,
        ...(e.sla ? { sla: e.sla } : {}),
    };
}
function ruleJson(u) {
    return {
        id: u.rule.id,
        origin: u.rule.origin,
        source: u.rule.source,
        reason: u.rule.reason ?? null,
        expires: u.rule.expires ?? null,
        daysLeft: u.daysLeft ?? null,
        matched: u.matched,
    };
}
/** Findings whose SLA is past, or ends within `warnDays`. */
function slaWatch(findings, warnDays) {
    const withSla = findings.filter((e) => e.sla !== undefined);
    return {
        past: withSla.filter((e) => (e.sla?.daysLeft ?? 0) < 0),
        near: withSla.filter((e) => (e.sla?.daysLeft ?? -1) >= 0 && (e.sla?.daysLeft ?? 0) <= warnDays),
    };
}
/** Builds the JSON result of a gate run. */
function gateJson(gate, options) {
    const { past, near } = slaWatch(gate.findings, options.warnDays);
    const live = gate.ruleUses.filter((u) => u.status !== 'expired');
    return {
        decision: gate.decision,
        why: gate.why,
        counts: gate.counts,
        blocking: gate.findings.filter((e) => e.blocking).map(findingJson),
        sla: { past: past.map(findingJson), near: near.map(findingJson) },
        exceptions: {
            used: live.filter((u) => u.matched > 0).map(ruleJson),
            expiring: gate.ruleUses.filter((u) => u.status === 'expiring').map(ruleJson),
            expired: gate.ruleUses.filter((u) => u.status === 'expired').map(ruleJson),
            unused: live.filter((u) => u.matched === 0).map(ruleJson),
        },
        suppressed: gate.suppressed.map((s) => ({
            id: s.finding.id,
            kind: s.finding.kind,
            severity: s.finding.severity,
            package: s.finding.package?.name ?? null,
            origin: s.origin,
            source: s.source,
            reason: s.reason,
        })),
        budgets: gate.breaches,
        vexProblems: gate.vexProblems,
        artifacts: gate.artifacts,
        notes: gate.notes,
        ...(options.sarif ? { sarif: options.sarif } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/scan/src/gate-outputs.ts


/** A gate run's SARIF and its JSON result, the JSON saying what SARIF had to leave out to fit GitHub's limits. */
function gateOutputs(gate, policy, toolVersion) {
    const sarif = writeSarif(gate, { toolVersion });
    const json = gateJson(gate, { warnDays: policy.warnDays, sarif: { cuts: sarif.cuts, gzipBytes: sarif.gzipBytes } });
    return { sarif, json };
}

;// CONCATENATED MODULE: ./packages/scan/src/summary.ts


const MAX_ROWS = 50;
function fixed(f) {
    if (f.fixedVersions.length > 0)
        return f.fixedVersions.join(', ');
    return f.kind === 'vulnerability' ? `none (${f.fixState})` : '';
}
function findingRows(list, extra) {
    return list
        .slice(0, MAX_ROWS)
        .map((f) => [
        f.id,
        f.kind === 'vulnerability' ? (f.package ?? f.path ?? '') : [f.path ?? f.package ?? '', f.title].filter(Boolean).join(': '),
        f.version ?? '',
        fixed(f),
        f.severity.toLowerCase(),
        f.kind,
        f.image ?? '',
        extra(f),
    ]);
}
/** The job summary people read: decision and why, blocking findings, counts, then exceptions. */
function gateSummary(result, options = {}) {
    const md = new src/* Markdown */.oz();
    const pass = result.decision === 'pass';
    md.heading(`${options.title ?? 'Container scan gate'}: ${pass ? '\u2705 pass' : '\u274c fail'}`, 2);
    md.callout(pass ? 'NOTE' : 'CAUTION', result.why.join('\n'));
    if (result.notes.length > 0)
        md.callout('WARNING', result.notes.join('\n'));
    const header = ['id', 'package / file', 'installed', 'fixed in', 'severity', 'kind', 'image', 'why'];
    if (result.blocking.length > 0) {
        md.heading(`Blocking findings (${result.blocking.length})`, 3);
        md.table(header, findingRows(result.blocking, (f) => f.reasons.join('; ')));
        if (result.blocking.length > MAX_ROWS)
            md.paragraph(`\u2026and ${result.blocking.length - MAX_ROWS} more in the JSON result.`);
    }
    const { past, near } = result.sla;
    if (past.length + near.length > 0) {
        md.heading('Fix SLAs', 3);
        md.table(header.slice(0, 7).concat('SLA'), findingRows([...past, ...near], (f) => f.sla ? (f.sla.daysLeft < 0 ? `${-f.sla.daysLeft} days overdue` : `${f.sla.daysLeft} days left`) : ''));
    }
    md.heading('Counts', 3);
    const kinds = KINDS.filter((k) => result.counts.byKind[k] > 0);
    const sevs = SEVERITIES.filter((s) => result.counts.bySeverity[s] > 0);
    if (kinds.length === 0)
        md.paragraph('No findings.');
    else {
        md.table(['kind', ...sevs.map((s) => s.toLowerCase()), 'total'], kinds.map((k) => [k, ...sevs.map((s) => result.counts.byKindAndSeverity[k][s]), result.counts.byKind[k]]), ['l', ...sevs.map(() => 'r'), 'r']);
    }
    md.paragraph(`${result.counts.total} findings counted, ${result.counts.blocking} blocking, ${result.counts.suppressed} suppressed.`);
    const { used, expiring, expired, unused } = result.exceptions;
    if (used.length + expired.length + unused.length > 0) {
        md.heading('Exceptions and ignore rules', 3);
        const notExpiring = (u) => !expiring.some((e) => e.id === u.id && e.source === u.source && e.expires === u.expires);
        const row = (state) => (r) => [
            state,
            r.id,
            r.reason ?? '(no reason given)',
            r.expires ?? 'never',
            r.matched,
            r.source,
        ];
        md.table(['state', 'id', 'reason', 'expires', 'findings', 'from'], [
            ...expired.map(row('\u26d4 expired')),
            ...expiring.map(row('\u26a0\ufe0f expiring')),
            ...used.filter(notExpiring).map(row('used')),
            ...unused.filter(notExpiring).map(row('unused')),
        ]);
    }
    if (result.vexProblems.length > 0)
        md.list(result.vexProblems.map((p) => `VEX ${p.source}: ${p.vulnerability}: ${p.problem}`));
    for (const cut of result.sarif?.cuts ?? []) {
        md.callout('WARNING', `SARIF for ${cut.category}: ${cut.dropped} results left out to fit GitHub's limits (worst left out: ${cut.worstDropped ?? 'n/a'}).`);
    }
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/scan/src/load.ts





/** The files a gate run reads, named as the user gave them (a flag or an input), for the output-is-input check. */
function gateInputPaths(files, names) {
    return [
        ...files.reports.map((path) => ({ path, name: names.reports })),
        ...(files.policy === undefined ? [] : [{ path: files.policy, name: names.policy }]),
        ...(files.ignoreFiles ?? []).map((path) => ({ path, name: names.ignoreFiles ?? 'ignore-files' })),
        ...(files.vex ?? []).map((path) => ({ path, name: names.vex ?? 'vex' })),
    ];
}
/**
 * The largest scanner report read. A report is parsed whole: about 2.7 times its size for the
 * text and the parsed tree, 5.4 times for a whole gate run (1.4 GB peak for a 255 MB Trivy report
 * of 130,853 vulnerabilities), which a 7 GB runner holds. Larger ones are refused, not run out of memory.
 */
const REPORT_LIMIT = 256 * 1024 * 1024;
/** Reads one scanner report within REPORT_LIMIT; errors name the file. */
async function readReport(path, what = 'scanner report') {
    return parseReport(await (0,src/* readTextFile */.Gu)(path, what, { maxBytes: REPORT_LIMIT }), path);
}
/**
 * Reads a policy file (YAML); no file means the default policy. An empty file, or a key with no
 * value (a file cut short), is refused naming it: gating with the defaults instead would pass
 * what the written policy may block.
 */
async function loadPolicy(path) {
    if (path === undefined)
        return DEFAULT_POLICY;
    const text = await (0,src/* readTextFile */.Gu)(path, 'policy file', { maxBytes: src/* SMALL_FILE_LIMIT */.BT });
    return (0,src/* decodeDocument */.w8)(src/* decode.settings */.D4.settings(decodePolicy), (0,src/* parseYamlText */.cd)(text, path), path);
}
/** Reads and validates every file of a gate run; any unreadable one is an error naming it. */
async function loadGateInputs(files) {
    if (files.reports.length === 0 && !files.allowNoReports)
        throw new src/* UserError */.yo('No scanner report was given', { hint: 'pass at least one Trivy or Grype JSON report' });
    // One at a time: each report's text and tree are garbage before the next is read.
    const reports = [];
    for (const p of files.reports)
        reports.push(await readReport(p));
    const policy = await loadPolicy(files.policy);
    const rules = [];
    const vexProblems = [];
    for (const p of files.ignoreFiles ?? [])
        rules.push(...parseIgnoreFile(await (0,src/* readTextFile */.Gu)(p, 'ignore file', { maxBytes: src/* SMALL_FILE_LIMIT */.BT }), p));
    for (const p of files.vex ?? []) {
        const vex = parseVex(await (0,src/* readTextFile */.Gu)(p, 'VEX document', { maxBytes: src/* SMALL_FILE_LIMIT */.BT }), p);
        rules.push(...vex.rules);
        vexProblems.push(...vex.problems);
    }
    return { reports, policy, rules, vexProblems };
}

;// CONCATENATED MODULE: ./packages/scan/src/index.ts




















/***/ })

};
