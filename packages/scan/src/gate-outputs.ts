import type { GateResult } from './gate.js';
import type { Policy } from './policy.js';
import { gateJson, type GateJson } from './result-json.js';
import { writeSarif } from './sarif.js';

/** A gate run's SARIF and its JSON result, the JSON saying what SARIF had to leave out to fit GitHub's limits. */
export function gateOutputs(
  gate: GateResult,
  policy: Pick<Policy, 'warnDays'>,
  toolVersion: string,
): { sarif: ReturnType<typeof writeSarif>; json: GateJson } {
  const sarif = writeSarif(gate, { toolVersion });
  const json = gateJson(gate, { warnDays: policy.warnDays, sarif: { cuts: sarif.cuts, gzipBytes: sarif.gzipBytes } });
  return { sarif, json };
}
