import { decode, decodeDocument, parseCalendarDate, parseDateTime, parseYamlText, UserError, type Decoder } from '@slipway/core';
import { checkPathPattern } from './path-glob.js';
import type { SuppressionRule } from './suppression.js';

/** Reads `.trivyignore`: one id per line, `#` comments, an optional `exp:YYYY-MM-DD`. */
export function parseTrivyIgnore(text: string, source: string): SuppressionRule[] {
  const rules: SuppressionRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const [id, ...rest] = line.split(/\s+/);
    let expires: string | undefined;
    for (const word of rest) {
      const m = /^exp:(.*)$/.exec(word);
      if (m?.[1] === undefined)
        throw new UserError(`${source}:${i + 1}: unexpected '${word}'; a line is an id and an optional exp:YYYY-MM-DD`);
      parseCalendarDate(m[1], `${source}:${i + 1}: exp`);
      expires = m[1];
    }
    // A trailing comment on the line before is Trivy's convention for the reason.
    const comment = /#\s*(.+)$/.exec(text.split(/\r?\n/)[i - 1] ?? '')?.[1];
    rules.push({ origin: 'trivyignore', source, id: id ?? '', ...(expires ? { expires } : {}), ...(comment ? { reason: comment } : {}) });
  }
  return rules;
}

// Trivy reads `expired_at` as a YAML timestamp: a date, or a date and time (whose UTC day is kept).
const day: Decoder<string> = (v, p) => {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = decode.string(v, p).trim();
  return new Date(parseDateTime(s, p)).toISOString().slice(0, 10);
};

const pathPatterns: Decoder<string[]> = (v, p) => {
  const list = decode.array(decode.string)(v, p);
  list.forEach((pattern, i) => checkPathPattern(pattern, `${p}[${i}]`));
  return list;
};

const trivyEntry = decode.object(
  {
    id: decode.string,
    paths: decode.optional(pathPatterns),
    purls: decode.optional(decode.array(decode.string)),
    expired_at: decode.optional(day),
    statement: decode.optional(decode.string),
  },
  { strict: true },
);
const trivyYaml = decode.object(
  {
    vulnerabilities: decode.withDefault(decode.array(trivyEntry), []),
    misconfigurations: decode.withDefault(decode.array(trivyEntry), []),
    secrets: decode.withDefault(decode.array(trivyEntry), []),
    licenses: decode.withDefault(decode.array(trivyEntry), []),
  },
  { strict: true },
);

/** Reads `.trivyignore.yaml` (ids with paths, purls, `expired_at` and a statement). */
export function parseTrivyIgnoreYaml(text: string, source: string): SuppressionRule[] {
  const doc = decodeDocument(trivyYaml, parseYamlText(text, source) ?? {}, source);
  return [...doc.vulnerabilities, ...doc.misconfigurations, ...doc.secrets, ...doc.licenses].map((e) => ({
    origin: 'trivyignore' as const,
    source,
    id: e.id,
    ...(e.statement ? { reason: e.statement } : {}),
    ...(e.expired_at ? { expires: e.expired_at } : {}),
    ...(e.paths ? { paths: e.paths } : {}),
    ...(e.purls ? { purls: e.purls } : {}),
  }));
}

const grypeRule = decode.object({
  vulnerability: decode.optional(decode.string),
  reason: decode.optional(decode.string),
  'fix-state': decode.optional(decode.literal('fixed', 'not-fixed', 'wont-fix', 'unknown')),
  namespace: decode.optional(decode.string),
  package: decode.optional(
    decode.object({
      name: decode.optional(decode.string),
      version: decode.optional(decode.string),
      type: decode.optional(decode.string),
      location: decode.optional((v, p) => {
        const pattern = decode.string(v, p);
        checkPathPattern(pattern, p);
        return pattern;
      }),
    }),
  ),
});

/** Reads the `ignore:` rules of a Grype configuration (`.grype.yaml`). */
export function parseGrypeIgnore(text: string, source: string): SuppressionRule[] {
  const doc = decodeDocument(
    decode.object({ ignore: decode.withDefault(decode.array(grypeRule), []) }),
    parseYamlText(text, source) ?? {},
    source,
  );
  return doc.ignore.map((r, i) => {
    if (!r.vulnerability && !r.package && !r['fix-state']) {
      throw new UserError(`${source}: ignore[${i}] has no vulnerability, package or fix-state, so it would ignore everything`);
    }
    return {
      origin: 'grype-ignore' as const,
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
export function parseIgnoreFile(text: string, source: string): SuppressionRule[] {
  const name = source.split(/[\\/]/).pop() ?? source;
  if (/^\.?trivyignore\.ya?ml$/.test(name)) return parseTrivyIgnoreYaml(text, source);
  if (/trivyignore/.test(name)) return parseTrivyIgnore(text, source);
  if (/grype.*\.ya?ml$/.test(name)) return parseGrypeIgnore(text, source);
  throw new UserError(`${source}: not a known ignore file; name it .trivyignore, .trivyignore.yaml or .grype.yaml`);
}
