import { digestBytes, errorMessage } from '@slipway/core';
import type { Aspect, ContentDifference, DifferingContent, MemberDifference } from './difference.js';
import { gunzip, looksLikeGzip, readGzipHeader, type GzipHeader } from './gzip-read.js';
import { looksLikeTar, readTar } from './tar-read.js';
import { firstDifferingByte, firstDifferingLines, looksLikeText } from './text-diff.js';
import { looksLikeZip, readZip } from '@slipway/core';

/** What the comparison found besides the tree: the differing leaf contents, for naming causes. */
export interface Explanation {
  difference: ContentDifference;
  contents: DifferingContent[];
}

/** Limits that keep an explanation bounded on huge or hostile outputs. */
export interface ExplainLimits {
  /** Largest decompressed size of one gzip stream. */
  maxInflatedBytes: number;
  /** Members listed in detail per archive. */
  maxMembersListed: number;
  /** Archive nesting followed (a jar in a tar in a gzip...). */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ExplainLimits = { maxInflatedBytes: 2 * 1024 ** 3, maxMembersListed: 50, maxDepth: 4 };

interface Member {
  name: string;
  type: string;
  mode: string | undefined;
  owner: string | undefined;
  mtime: string | undefined;
  link: string;
  /** A cheap fingerprint of the bytes (size and CRC for zip, sha256 for tar). */
  fingerprint: () => string;
  data: () => Buffer;
}

interface Context {
  limits: ExplainLimits;
  contents: DifferingContent[];
}

const iso = (seconds: number): string => {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().replace('.000Z', 'Z');
};
const octal = (mode: number | undefined): string | undefined => (mode === undefined ? undefined : mode.toString(8).padStart(4, '0'));

function tarMembers(bytes: Buffer, source: string): Member[] {
  return readTar(bytes, source).map((e) => ({
    name: e.name,
    type: e.type,
    mode: octal(e.mode),
    owner: `${e.uid}:${e.gid}${e.uname || e.gname ? ` (${e.uname}:${e.gname})` : ''}`,
    mtime: iso(e.mtime),
    link: e.linkname,
    fingerprint: () => digestBytes(e.data),
    data: () => e.data,
  }));
}

function zipMembers(bytes: Buffer, source: string): Member[] {
  return readZip(bytes, source).map((e) => ({
    name: e.name,
    type: e.name.endsWith('/') ? 'directory' : 'file',
    mode: octal(e.mode),
    owner: e.uid === undefined ? undefined : `${e.uid}:${e.gid ?? ''}`,
    mtime: e.unixMtime === undefined ? e.dosTime : `${e.dosTime} (unix ${iso(e.unixMtime)})`,
    link: '',
    fingerprint: () => `${e.size}/${e.crc}`,
    data: e.data,
  }));
}

function compareMembers(first: Member[], second: Member[], where: string, ctx: Context, depth: number): Partial<ContentDifference> {
  const byName = new Map(second.map((m) => [m.name, m]));
  const firstNames = new Set(first.map((m) => m.name));
  const members: MemberDifference[] = [];
  let differing = 0;
  const push = (d: MemberDifference): void => {
    differing++;
    if (members.length < ctx.limits.maxMembersListed) members.push(d);
  };
  for (const a of first) {
    const b = byName.get(a.name);
    if (!b) {
      push({ member: a.name, aspects: ['only-in-first'], details: ['only in the first build'] });
      continue;
    }
    const aspects: Aspect[] = [];
    const details: string[] = [];
    const field = (aspect: Aspect, label: string, x: string | undefined, y: string | undefined): void => {
      if (x === y) return;
      if (!aspects.includes(aspect)) aspects.push(aspect);
      details.push(`${label} ${x ?? 'none'} vs ${y ?? 'none'}`);
    };
    field('type', 'type', a.type, b.type);
    field('type', 'link target', a.link, b.link);
    field('mtime', 'mtime', a.mtime, b.mtime);
    field('mode', 'mode', a.mode, b.mode);
    field('owner', 'owner', a.owner, b.owner);
    let inner: ContentDifference | undefined;
    if (a.type === 'file' && b.type === 'file' && a.fingerprint() !== b.fingerprint()) {
      aspects.unshift('bytes');
      const x = a.data();
      const y = b.data();
      details.unshift(`bytes differ (${x.length} vs ${y.length} bytes)`);
      inner = explainInto(`${where}!${a.name}`, x, y, ctx, depth + 1);
    }
    if (aspects.length > 0) push({ member: a.name, aspects, details, ...(inner ? { inner } : {}) });
  }
  for (const b of second)
    if (!firstNames.has(b.name)) push({ member: b.name, aspects: ['only-in-second'], details: ['only in the second build'] });
  const out: Partial<ContentDifference> = { members, membersDiffering: differing, membersTotal: first.length };
  const sameSet = first.length === second.length && first.every((m) => byName.has(m.name));
  if (sameSet) {
    const position = first.findIndex((m, i) => m.name !== second[i]?.name);
    if (position !== -1) out.order = { position, first: first[position]?.name ?? '', second: second[position]?.name ?? '' };
  }
  return out;
}

function archiveSummary(kind: string, d: Partial<ContentDifference>): string {
  const parts: string[] = [];
  if (d.order) parts.push(`member order differs from position ${d.order.position + 1}`);
  if (d.membersDiffering) {
    const aspects = [...new Set((d.members ?? []).flatMap((m) => m.aspects))];
    parts.push(`${d.membersDiffering} of ${d.membersTotal ?? '?'} members differ (${aspects.join(', ')})`);
  }
  return `${kind}: ${parts.join('; ') || 'the archives hold the same members but their bytes differ (compression or padding)'}`;
}

function gzipHeaderDifferences(a: GzipHeader, b: GzipHeader): string[] {
  const out: string[] = [];
  if (a.mtime !== b.mtime)
    out.push(`header mtime ${a.mtime === 0 ? '0 (none)' : iso(a.mtime)} vs ${b.mtime === 0 ? '0 (none)' : iso(b.mtime)}`);
  if (a.name !== b.name) out.push(`header file name ${a.name ?? 'none'} vs ${b.name ?? 'none'}`);
  if (a.os !== b.os) out.push(`header OS ${a.os} vs ${b.os}`);
  if (a.xfl !== b.xfl) out.push(`header compression flags ${a.xfl} vs ${b.xfl}`);
  return out;
}

function explainGzip(where: string, first: Buffer, second: Buffer, ctx: Context, depth: number): ContentDifference {
  const header = gzipHeaderDifferences(readGzipHeader(first, where), readGzipHeader(second, where));
  const x = gunzip(first, where, ctx.limits.maxInflatedBytes);
  const y = gunzip(second, where, ctx.limits.maxInflatedBytes);
  if (x.equals(y)) {
    return {
      format: 'gzip',
      header,
      summary: `gzip: the decompressed bytes are equal; ${header.length ? header.join(', ') : 'the compressed stream differs (compression level or implementation)'}`,
    };
  }
  if (looksLikeTar(x) && looksLikeTar(y)) {
    const a = tarMembers(x, where);
    const b = tarMembers(y, where);
    const npm = a.length > 0 && a.every((m) => m.name.startsWith('package/'));
    const d = compareMembers(a, b, where, ctx, depth);
    const format = npm ? 'npm-tarball' : 'tar.gz';
    const summary = archiveSummary(npm ? 'npm tarball' : 'tar.gz', d);
    return { format, header, ...d, summary: header.length ? `${summary}; ${header.join(', ')}` : summary };
  }
  const inner = explainInto(`${where} (decompressed)`, x, y, ctx, depth + 1);
  return { ...inner, format: 'gzip', header, summary: `gzip: ${inner.summary}${header.length ? `; ${header.join(', ')}` : ''}` };
}

function explainInto(where: string, first: Buffer, second: Buffer, ctx: Context, depth: number): ContentDifference {
  if (depth <= ctx.limits.maxDepth) {
    try {
      if (looksLikeGzip(first) && looksLikeGzip(second)) return explainGzip(where, first, second, ctx, depth);
      if (looksLikeZip(first) && looksLikeZip(second)) {
        const d = compareMembers(zipMembers(first, where), zipMembers(second, where), where, ctx, depth);
        return { format: 'zip', ...d, summary: archiveSummary('zip', d) };
      }
      if (looksLikeTar(first) && looksLikeTar(second)) {
        const d = compareMembers(tarMembers(first, where), tarMembers(second, where), where, ctx, depth);
        return { format: 'tar', ...d, summary: archiveSummary('tar', d) };
      }
    } catch (error) {
      // A damaged archive is still a difference: fall through to the byte comparison, saying why.
      ctx.contents.push({ where, first, second });
      const offset = firstDifferingByte(first, second);
      return {
        format: 'binary',
        offset,
        sizes: [first.length, second.length],
        summary: `unreadable as an archive (${errorMessage(error)}); bytes differ from offset ${offset}`,
      };
    }
  }
  ctx.contents.push({ where, first, second });
  if (looksLikeText(first) && looksLikeText(second)) {
    const lines = firstDifferingLines(first.toString('utf8'), second.toString('utf8'));
    return {
      format: 'text',
      lines,
      summary: lines.length ? `text: line ${lines[0]?.line ?? '?'} differs` : 'text: the same lines with different line endings or padding',
    };
  }
  const offset = firstDifferingByte(first, second);
  return {
    format: 'binary',
    offset,
    sizes: [first.length, second.length],
    summary: `binary: bytes differ from offset ${offset} (sizes ${first.length} and ${second.length})`,
  };
}

/** Explains where two builds of one output differ: archive members and aspects, text lines, or a byte offset. */
export function explainDifference(name: string, first: Buffer, second: Buffer, limits: ExplainLimits = DEFAULT_LIMITS): Explanation {
  const ctx: Context = { limits, contents: [] };
  return { difference: explainInto(name, first, second, ctx, 0), contents: ctx.contents };
}
