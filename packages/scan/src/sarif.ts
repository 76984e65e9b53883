import { gzipSync } from 'node:zlib';
import { byId, compareSeverity, type Finding, type Severity } from './finding.js';
import { imageRepository } from './fingerprint.js';
import type { GateResult } from './gate.js';
import { securitySeverity } from './security-severity.js';

/** GitHub code scanning's limits for one upload. */
export const SARIF_LIMITS = { resultsPerRun: 25_000, gzipBytes: 10 * 1024 * 1024, runs: 20 } as const;

/** What the writer left out of a run to fit GitHub's limits. */
export interface SarifCut {
  category: string;
  kept: number;
  dropped: number;
  /** Severity of the most severe result dropped. */
  worstDropped?: Severity;
}

interface Entry {
  finding: Finding;
  fingerprint: string;
  blocking: boolean;
  reasons: string[];
  suppression?: string;
}

type Json = Record<string, unknown>;

const FINGERPRINT_KEY = 'slipwayFinding/v1';

function uriOf(f: Finding): string {
  const raw = f.path ?? (f.kind === 'vulnerability' ? undefined : f.target) ?? (imageRepository(f.image) || f.target || 'container-image');
  const cleaned = raw
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .replace(/\s+\(.*\)$/, '');
  return encodeURI(cleaned || 'container-image');
}

function level(e: Entry): 'error' | 'warning' | 'note' {
  if (e.blocking) return 'error';
  return compareSeverity(e.finding.severity, 'MEDIUM') >= 0 ? 'warning' : 'note';
}

function message(e: Entry): string {
  const f = e.finding;
  const pkg = f.package ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}` : f.path ? ` in ${f.path}` : '';
  const fix =
    f.fix.versions.length > 0 ? ` (fixed in ${f.fix.versions.join(', ')})` : f.kind === 'vulnerability' ? ` (fix: ${f.fix.state})` : '';
  const verdict = e.blocking ? ` Blocks: ${e.reasons.join('; ')}.` : e.suppression ? ` Suppressed: ${e.suppression}.` : '';
  return `${f.severity} ${f.kind} ${f.id}${pkg}${fix}${f.title ? `: ${f.title}` : ''}.${verdict}`;
}

function result(e: Entry, ruleIndex: number): Json {
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

function rule(id: string, entries: readonly Entry[]): Json {
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

function run(category: string, entries: readonly Entry[], toolVersion: string, dropped: SarifCut | undefined): Json {
  const rules = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = rules.get(e.finding.id);
    if (list) list.push(e);
    else rules.set(e.finding.id, [e]);
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
    results: entries.map((e) => result(e, index.get(e.finding.id) ?? 0)),
    properties: { category, ...(dropped && dropped.dropped > 0 ? { droppedResults: dropped.dropped } : {}) },
  };
}

const ORDER = (a: Entry, b: Entry): number =>
  Number(Boolean(a.suppression)) - Number(Boolean(b.suppression)) ||
  Number(b.blocking) - Number(a.blocking) ||
  compareSeverity(b.finding.severity, a.finding.severity) ||
  byId(a.finding.id, b.finding.id);

/** Category of the run that holds the images beyond GitHub's runs-per-file limit. */
export const OVERFLOW_CATEGORY = 'container-scan-gate/more-images';

/**
 * GitHub takes at most 20 runs per file: the images with the worst findings keep their own run,
 * the rest share one (their results still name their image).
 */
function foldExtraRuns(groups: Map<string, Entry[]>, maxRuns: number): void {
  if (groups.size <= maxRuns) return;
  const ranked = [...groups].sort(([, a], [, b]) => (a[0] && b[0] ? ORDER(a[0], b[0]) : 0) || b.length - a.length);
  const folded = ranked.slice(maxRuns - 1).flatMap(([, es]) => es);
  for (const [category] of ranked.slice(maxRuns - 1)) groups.delete(category);
  groups.set(OVERFLOW_CATEGORY, folded.sort(ORDER));
}

/** The code-scanning category of an image (one SARIF run each). */
export function sarifCategory(image: string | undefined): string {
  const repo = imageRepository(image);
  return repo ? `container-scan-gate/${repo.replace(/[^A-Za-z0-9._/-]/g, '-')}` : 'container-scan-gate';
}

/**
 * Writes the gate's result as SARIF 2.1.0: one run per image (its own category), results sorted
 * worst first and cut to 25,000 per run and 10 MB gzipped, suppressions recorded.
 */
export function writeSarif(
  gate: GateResult,
  options: { toolVersion: string; limits?: { resultsPerRun: number; gzipBytes: number; runs?: number } },
): {
  text: string;
  cuts: SarifCut[];
  gzipBytes: number;
} {
  const limits = options.limits ?? SARIF_LIMITS;
  const groups = new Map<string, Entry[]>();
  const push = (e: Entry): void => {
    const category = sarifCategory(e.finding.image);
    const list = groups.get(category);
    if (list) list.push(e);
    else groups.set(category, [e]);
  };
  for (const f of gate.findings) push({ finding: f.finding, fingerprint: f.fingerprint, blocking: f.blocking, reasons: f.reasons });
  for (const s of gate.suppressed)
    push({ finding: s.finding, fingerprint: s.fingerprint, blocking: false, reasons: [], suppression: `${s.reason} [${s.source}]` });
  for (const es of groups.values()) es.sort(ORDER);
  foldExtraRuns(groups, limits.runs ?? SARIF_LIMITS.runs);
  let keep = new Map([...groups].map(([c, es]) => [c, Math.min(es.length, limits.resultsPerRun)]));
  const build = (): { text: string; cuts: SarifCut[] } => {
    const cuts: SarifCut[] = [];
    const runs = [...groups].map(([category, es]) => {
      const n = keep.get(category) ?? es.length;
      const droppedEntries = es.slice(n);
      const worst = droppedEntries.reduce<Severity | undefined>(
        (w, e) => (w === undefined || compareSeverity(e.finding.severity, w) > 0 ? e.finding.severity : w),
        undefined,
      );
      const cut: SarifCut = { category, kept: n, dropped: es.length - n, ...(worst ? { worstDropped: worst } : {}) };
      if (cut.dropped > 0) cuts.push(cut);
      return run(category, es.slice(0, n), options.toolVersion, cut);
    });
    return {
      text: `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 1)}\n`,
      cuts,
    };
  };
  let out = build();
  // Only a file larger than the limit can compress to more than it; shrink the largest run until it fits.
  let gzipBytes = out.text.length <= limits.gzipBytes ? -1 : gzipSync(out.text).length;
  while (gzipBytes > limits.gzipBytes) {
    const [largest] = [...keep].sort((a, b) => b[1] - a[1]);
    if (!largest || largest[1] === 0) break;
    keep = new Map(keep).set(largest[0], Math.floor(largest[1] * 0.8));
    out = build();
    gzipBytes = gzipSync(out.text).length;
  }
  if (gzipBytes < 0) gzipBytes = gzipSync(out.text).length;
  return { ...out, gzipBytes };
}
