import { basename, resolve } from 'node:path';
import { digestFile, expandGlobs, UserError, type NamedPath } from '@slipway/core';

/** An in-toto ResourceDescriptor as attestations use it: a name and its sha256. */
export interface Subject {
  name: string;
  digest: { sha256: string };
}

const HEX64 = /^[a-f0-9]{64}$/;

/** Runs `fn` over `items` with at most `limit` in flight, keeping the order of results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Subjects for the files matching `patterns` under `cwd`: the file name (as GitHub's attest
 * action names it) and the streamed sha256. No match is an error naming the patterns.
 */
export async function subjectsFromPaths(patterns: readonly string[], cwd: string): Promise<Subject[]> {
  const files = await expandGlobs(patterns, cwd, { what: 'subject files' });
  return mapLimit(files, 8, async (file) => ({ name: basename(file), digest: { sha256: await digestFile(resolve(cwd, file)) } }));
}

/**
 * The files a provenance run reads (the subject files, the checksums file, a key file), each
 * named by its flag or input, for core's output-is-input check before anything is signed.
 */
export async function provenanceInputPaths(
  sources: { subjectPaths: readonly string[]; checksums?: string | undefined; key?: string | undefined },
  cwd: string,
  names: { subjectPaths: string; checksums: string; key?: string },
): Promise<NamedPath[]> {
  const files = sources.subjectPaths.length > 0 ? await expandGlobs(sources.subjectPaths, cwd, { what: 'subject files' }) : [];
  return [
    ...files.map((f) => ({ path: resolve(cwd, f), name: names.subjectPaths })),
    ...(sources.checksums ? [{ path: resolve(cwd, sources.checksums), name: names.checksums }] : []),
    ...(sources.key && names.key ? [{ path: resolve(cwd, sources.key), name: names.key }] : []),
  ];
}

/**
 * Parses a `sha256sum` output file (`<hex>  <name>` or `<hex> *<name>` per line). Errors name
 * the source and the line; an empty file is an error (no subjects would be attested).
 */
export function parseChecksums(text: string, source: string): Subject[] {
  const subjects: Subject[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Fa-f0-9]+)\s+\*?(.+)$/.exec(line);
    if (!m || !HEX64.test((m[1] ?? '').toLowerCase())) {
      throw new UserError(`${source} line ${i + 1} is not a sha256sum line: '${line.slice(0, 80)}'`, {
        hint: 'each line must be a 64-digit sha256 hex digest, whitespace and the file name (the output of `sha256sum FILES`)',
      });
    }
    subjects.push({ name: (m[2] ?? '').trim(), digest: { sha256: (m[1] ?? '').toLowerCase() } });
  }
  if (subjects.length === 0)
    throw new UserError(`${source} lists no checksums`, { hint: 'write it with `sha256sum FILES > checksums.txt`' });
  return subjects;
}

/** The subject for an image: its name without tag or digest, and the manifest's sha256. */
export function imageSubject(name: string, digest: string): Subject {
  const m = /^sha256:([a-f0-9]{64})$/.exec(digest.trim());
  if (!m) {
    throw new UserError(`The image digest '${digest}' is not a sha256 digest`, {
      hint: 'pass the manifest digest as sha256:<64 hex digits>, e.g. the `digest` output of docker/build-push-action',
    });
  }
  const bare = name.trim().replace(/@sha256:[a-f0-9]{64}$/, '');
  const lastSlash = bare.lastIndexOf('/');
  const colon = bare.lastIndexOf(':');
  const withoutTag = colon > lastSlash ? bare.slice(0, colon) : bare;
  if (withoutTag === '') throw new UserError('The image name is empty', { hint: 'pass the image name, e.g. ghcr.io/org/app' });
  return { name: withoutTag, digest: { sha256: m[1] ?? '' } };
}

/** Drops exact duplicates (same name and digest), keeping the first occurrence's order. */
export function uniqueSubjects(subjects: readonly Subject[]): Subject[] {
  const seen = new Set<string>();
  return subjects.filter((s) => {
    const key = `${s.name}\0${s.digest.sha256}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
