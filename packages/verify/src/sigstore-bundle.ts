import type { Bundle } from '@sigstore/bundle';
import { parseJson, UserError } from '@slipway/core';
import { bundleFromValue, parseBundle } from '@slipway/supply-chain';

/** Splits an attestations file: one bundle, a JSON array of bundles, or JSON lines (as attest-build-provenance writes). */
export function parseBundles(text: string, source: string): Bundle[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new UserError(`${source} is empty; expected one or more Sigstore bundles`);
  if (trimmed.startsWith('[')) {
    const list = parseJson(trimmed, source);
    if (!Array.isArray(list)) throw new UserError(`${source}: expected a JSON array of bundles`);
    return list.map((b, i) => bundleFromValue(b, `${source}[${i}]`));
  }
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 1 && lines.every((l) => l.trim().startsWith('{'))) {
    try {
      return lines.map((l, i) => bundleFromValue(JSON.parse(l), `${source} line ${i + 1}`));
    } catch (error) {
      // Not JSON lines after all (a pretty-printed bundle): parse as one document below.
      if (error instanceof UserError) throw error;
    }
  }
  return [parseBundle(trimmed, source)];
}
