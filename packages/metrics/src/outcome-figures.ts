import type { DeploymentRecord, RunRecord } from './model.js';
import { ratio } from './percentiles.js';

/** Hit figures of one cache layer. */
export interface CacheLayerFigures {
  layer: string;
  total: number;
  exact: number;
  partial: number;
  miss: number;
  /** exact / total */
  hitRate: number | null;
  /** (exact + partial) / total */
  restoreRate: number | null;
}

/** Cache hit rate per layer, from cache-setup's records. */
export function cacheFigures(runs: readonly RunRecord[]): CacheLayerFigures[] {
  const layers = new Map<string, CacheLayerFigures>();
  for (const run of runs) {
    for (const o of run.outcomes) {
      if (o.type !== 'cache') continue;
      let f = layers.get(o.layer);
      if (!f) layers.set(o.layer, (f = { layer: o.layer, total: 0, exact: 0, partial: 0, miss: 0, hitRate: null, restoreRate: null }));
      f.total += 1;
      f[o.hit] += 1;
    }
  }
  return [...layers.values()]
    .map((f) => ({ ...f, hitRate: ratio(f.exact, f.total), restoreRate: ratio(f.exact + f.partial, f.total) }))
    .sort((a, b) => a.layer.localeCompare(b.layer));
}

/** Signature coverage of builds and verification coverage of deployments. */
export interface SignatureFigures {
  /** Successful default-branch runs that built something: uploaded an artifact or left a signature record. */
  builds: number;
  /** Of those, runs whose signature records all say signed (and there is at least one). */
  signedBuilds: number;
  coverage: number | null;
  /** Successful production deployments in the window. */
  deployments: number;
  /** Of those, deployments whose sha a verification record passed (for their environment when the record names one). */
  verifiedDeployments: number;
  verifiedCoverage: number | null;
}

export function signatureFigures(
  runs: readonly RunRecord[],
  deployments: readonly DeploymentRecord[],
  allRuns: readonly RunRecord[],
  defaultBranch: string,
): SignatureFigures {
  let builds = 0;
  let signedBuilds = 0;
  for (const run of runs) {
    // Pull-request builds are not released, so they are not expected to be signed.
    if (run.conclusion !== 'success' || run.branch !== defaultBranch || run.event === 'pull_request') continue;
    const signatures = run.outcomes.filter((o) => o.type === 'signature');
    if (run.artifacts === 0 && signatures.length === 0) continue;
    builds += 1;
    if (signatures.length > 0 && signatures.every((s) => s.signed)) signedBuilds += 1;
  }
  // A deployment is verified by any run of its commit (verify-deploy often runs in the deploy workflow).
  const verifiedBySha = new Map<string, { environment?: string; verified: boolean }[]>();
  for (const run of allRuns) {
    for (const o of run.outcomes) {
      if (o.type !== 'verification') continue;
      const list = verifiedBySha.get(run.sha) ?? [];
      list.push(o);
      verifiedBySha.set(run.sha, list);
    }
  }
  const successful = deployments.filter((d) => d.state === 'success');
  const verified = successful.filter((d) => {
    const records = (verifiedBySha.get(d.sha) ?? []).filter((v) => v.environment === undefined || v.environment === d.environment);
    return records.length > 0 && records.every((v) => v.verified);
  });
  return {
    builds,
    signedBuilds,
    coverage: ratio(signedBuilds, builds),
    deployments: successful.length,
    verifiedDeployments: verified.length,
    verifiedCoverage: ratio(verified.length, successful.length),
  };
}

/** Scan gate decisions. */
export interface ScanFigures {
  total: number;
  passed: number;
  passRate: number | null;
}

export function scanFigures(runs: readonly RunRecord[]): ScanFigures {
  let total = 0;
  let passed = 0;
  for (const run of runs) {
    for (const o of run.outcomes) {
      if (o.type !== 'scan') continue;
      total += 1;
      if (o.decision === 'pass') passed += 1;
    }
  }
  return { total, passed, passRate: ratio(passed, total) };
}

/** Rebuild checks (reproducible-build): how many outputs rebuilt to the same bytes. */
export interface ReproducibilityFigures {
  total: number;
  reproducible: number;
  /** reproducible / total: the "reproducible builds %" figure. */
  rate: number | null;
  /** Checks whose builds ran without the network. */
  hermetic: number;
  /** Checks where the network could not be cut off. */
  notIsolated: number;
}

export function reproducibilityFigures(runs: readonly RunRecord[]): ReproducibilityFigures {
  const f: ReproducibilityFigures = { total: 0, reproducible: 0, rate: null, hermetic: 0, notIsolated: 0 };
  for (const run of runs) {
    for (const o of run.outcomes) {
      if (o.type !== 'reproducibility') continue;
      f.total += 1;
      if (o.reproducible) f.reproducible += 1;
      if (o.hermetic === 'yes') f.hermetic += 1;
      if (o.hermetic === 'not-isolated') f.notIsolated += 1;
    }
  }
  return { ...f, rate: ratio(f.reproducible, f.total) };
}
