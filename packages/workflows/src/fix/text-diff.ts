/** A unified diff of two texts by lines (three lines of context), empty when they are equal. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  // Longest common subsequence table, from the end; workflow files are small enough for O(n·m).
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: { kind: ' ' | '-' | '+'; text: string; ai: number; bi: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', text: a[i++]!, ai: i, bi: ++j });
    else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', text: a[i++]!, ai: i, bi: j });
    else ops.push({ kind: '+', text: b[j++]!, ai: i, bi: j });
  }
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const changed = ops.map((o, k) => (o.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - 3);
    let end = changed[k]! + 3;
    while (k + 1 < changed.length && changed[k + 1]! <= end + 4) end = changed[++k]! + 3;
    end = Math.min(ops.length - 1, end);
    const hunk = ops.slice(start, end + 1);
    const aStart = hunk.find((o) => o.kind !== '+')?.ai ?? hunk[0]!.ai;
    const bStart = hunk.find((o) => o.kind !== '-')?.bi ?? hunk[0]!.bi;
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`, ...hunk.map((o) => `${o.kind}${o.text}`));
    k += 1;
  }
  return `${out.join('\n')}\n`;
}
