import { Markdown } from '@slipway/core';
import { formatSize, hitRate, type LayerOutcome } from '@slipway/cache';

const HIT: Record<LayerOutcome['hit'], string> = {
  exact: '✅ exact',
  partial: '🟡 partial',
  miss: '⚪ miss',
  skipped: '⏭️ skipped',
  error: '⚠️ service error',
};

const code = (s: string): string => (s ? `\`${s}\`` : '');

/** The main step's table: what each layer restored. */
export function restoreSummary(
  layers: readonly LayerOutcome[],
  write: { write: boolean; reason: string },
  workingDirectory: string,
): string {
  const md = new Markdown().heading('Cache restore', 3);
  md.table(
    ['Layer', 'Hit', 'Key', 'Matched key', 'Size', 'Restore (s)', 'Note'],
    layers.map((l) => [
      l.layer,
      HIT[l.hit],
      code(l.key),
      code(l.matchedKey),
      l.hit === 'exact' || l.hit === 'partial' ? formatSize(l.sizeBytes) : '',
      l.restoreSeconds.toFixed(1),
      l.note,
    ]),
    ['l', 'l', 'l', 'l', 'r', 'r', 'l'],
  );
  md.paragraph(`Working directory \`${workingDirectory}\`. Saving: ${write.write ? 'yes' : 'no'} (${write.reason}).`);
  const failed = layers.filter((l) => l.hit === 'error');
  if (failed.length > 0) {
    md.callout('WARNING', `The cache service failed for ${failed.map((l) => l.layer).join(', ')}; the job carried on uncached.`);
  }
  return md.toString();
}

/** The post step's table: what each layer saved, and the hit rate of this run. */
export function saveSummary(layers: readonly LayerOutcome[], recordNote: string): string {
  const md = new Markdown().heading('Cache save', 3);
  md.table(
    ['Layer', 'Hit', 'Saved', 'Size', 'Save (s)', 'Note'],
    layers.map((l) => [l.layer, HIT[l.hit], l.saved ? 'yes' : 'no', formatSize(l.sizeBytes), l.saveSeconds.toFixed(1), l.note]),
    ['l', 'l', 'l', 'r', 'r', 'l'],
  );
  const rate = hitRate(layers);
  if (rate !== undefined) md.paragraph(`Exact hits: ${Math.round(rate * 100)}% of the layers looked up in this run. ${recordNote}`);
  else if (recordNote) md.paragraph(recordNote);
  return md.toString();
}
