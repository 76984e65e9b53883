import type { LineDifference } from './difference.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** True for content that reads as UTF-8 text with no NUL byte (the first 64 KiB decide). */
export function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the 64 KiB boundary is not an error of the content.
    decoder.decode(bytes.length > head.length ? head.subarray(0, head.length - 4) : head);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first differing lines: after the common leading lines, up to `limit` pairs of lines that
 * differ (those also equal at the end are left out).
 */
export function firstDifferingLines(first: string, second: string, limit = 5): LineDifference[] {
  const a = first.split('\n');
  const b = second.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: LineDifference[] = [];
  for (let i = 0; i < Math.max(endA - start, endB - start) && out.length < limit; i++) {
    const x = start + i < endA ? a[start + i] : undefined;
    const y = start + i < endB ? b[start + i] : undefined;
    out.push({ line: start + i + 1, first: x?.slice(0, 400), second: y?.slice(0, 400) });
  }
  return out;
}

/** The first byte offset at which two buffers differ (the shorter length when one is a prefix). */
export function firstDifferingByte(first: Buffer, second: Buffer): number {
  const n = Math.min(first.length, second.length);
  // Compare in large blocks first: 100 MB outputs are common.
  const step = 1 << 16;
  for (let at = 0; at < n; at += step) {
    const end = Math.min(n, at + step);
    if (first.subarray(at, end).equals(second.subarray(at, end))) continue;
    for (let i = at; i < end; i++) if (first[i] !== second[i]) return i;
  }
  return n;
}
