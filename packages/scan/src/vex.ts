import { decode, decodeDocument, parseJson, UserError } from '@slipway/core';
import type { SuppressionRule } from './suppression.js';

/** A VEX statement that could not be applied, and why (reported, never silently dropped). */
export interface VexProblem {
  source: string;
  vulnerability: string;
  problem: string;
}

const str = decode.optional(decode.string);
const idRef = decode.oneOf<{ '@id'?: string }>(
  decode.map(decode.string, (s) => ({ '@id': s })),
  decode.object({ '@id': str }),
);
const openVexStatement = decode.object({
  vulnerability: decode.oneOf<{ name?: string; '@id'?: string }>(
    decode.map(decode.string, (s) => ({ name: s })),
    decode.object({ name: str, '@id': str }),
  ),
  products: decode.withDefault(decode.array(decode.object({ '@id': str, subcomponents: decode.withDefault(decode.array(idRef), []) })), []),
  status: decode.literal('not_affected', 'affected', 'fixed', 'under_investigation'),
  justification: str,
  impact_statement: str,
});
const openVex = decode.object({ '@context': decode.string, statements: decode.array(openVexStatement) });

const cdxVex = decode.object({
  bomFormat: decode.literal('CycloneDX'),
  vulnerabilities: decode.withDefault(
    decode.array(
      decode.object({
        id: decode.string,
        analysis: decode.optional(decode.object({ state: str, justification: str, detail: str })),
        affects: decode.withDefault(decode.array(decode.object({ ref: decode.string })), []),
      }),
    ),
    [],
  ),
});

function oci(id: string): boolean {
  return id.startsWith('pkg:oci/');
}

/** OpenVEX: `not_affected` (with a justification or impact statement) and `fixed` suppress. */
function fromOpenVex(doc: ReturnType<typeof openVex>, source: string, problems: VexProblem[]): SuppressionRule[] {
  return doc.statements.flatMap((s) => {
    const vulnerability = s.vulnerability.name ?? s.vulnerability['@id'] ?? '';
    if (s.status !== 'not_affected' && s.status !== 'fixed') return [];
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
    return [{ origin: 'vex' as const, source, id: vulnerability, reason, ...(purls.length > 0 ? { purls } : {}) }];
  });
}

/** CycloneDX VEX: `not_affected` (with a justification), `false_positive` and `resolved` suppress. */
function fromCycloneDx(doc: ReturnType<typeof cdxVex>, source: string, problems: VexProblem[]): SuppressionRule[] {
  return doc.vulnerabilities.flatMap((v) => {
    const state = v.analysis?.state;
    if (state !== 'not_affected' && state !== 'false_positive' && state !== 'resolved') return [];
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
    return [{ origin: 'vex' as const, source, id: v.id, reason, purls }];
  });
}

/** Reads an OpenVEX or CycloneDX VEX document into suppression rules and the statements it could not apply. */
export function parseVex(text: string, source: string): { rules: SuppressionRule[]; problems: VexProblem[] } {
  const value = parseJson(text, source);
  const problems: VexProblem[] = [];
  if (typeof value === 'object' && value !== null && '@context' in value) {
    return { rules: fromOpenVex(decodeDocument(openVex, value, source), source, problems), problems };
  }
  if (typeof value === 'object' && value !== null && 'bomFormat' in value) {
    return { rules: fromCycloneDx(decodeDocument(cdxVex, value, source), source, problems), problems };
  }
  throw new UserError(`${source} is neither an OpenVEX document (@context, statements) nor CycloneDX VEX (bomFormat, vulnerabilities)`);
}
