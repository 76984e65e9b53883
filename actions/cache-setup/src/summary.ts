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

/** What the main step did about the install, and what the layers could not cache. */
export interface RestoreExtras {
  install?: { command: string; installed: 'restored' | 'ran'; seconds: number; note: string };
  /** Settings a tool needs for its cache to help, and trees nothing can cache. */
  notes: readonly string[];
  stalled: boolean;
}

/** The main step's table: what each layer restored, and whether the install ran. */
export function restoreSummary(
  layers: readonly LayerOutcome[],
  write: { write: boolean; reason: string },
  workingDirectory: string,
  extras: RestoreExtras = { notes: [], stalled: false },
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
  const installed = layers.find((l) => l.layer === 'installed');
  if (extras.install) {
    const restoreSeconds = layers.reduce((t, l) => t + l.restoreSeconds, 0);
    md.paragraph(
      extras.install.installed === 'restored'
        ? `Install: skipped \`${extras.install.command}\`: the installed tree was restored exactly (restore ${restoreSeconds.toFixed(1)} s, install 0.0 s).`
        : `Install: ran \`${extras.install.command}\` in ${extras.install.seconds.toFixed(1)} s (restore ${restoreSeconds.toFixed(1)} s); the post step saves the tree.${extras.install.note ? ` Note: ${extras.install.note}.` : ''}`,
    );
  } else if (installed) {
    md.paragraph(
      installed.hit === 'exact'
        ? 'Install needed: no (`install-needed` is false): the installed tree was restored exactly.'
        : 'Install needed: yes (`install-needed` is true): the installed tree was not restored exactly.',
    );
  }
  if (extras.notes.length > 0) md.paragraph(`Left out or not used, and why:\n${extras.notes.map((n) => `- ${n}`).join('\n')}`);
  const failed = layers.filter((l) => l.hit === 'error');
  if (failed.length > 0) {
    md.callout(
      'WARNING',
      `The cache service failed for ${failed.map((l) => l.layer).join(', ')}${extras.stalled ? ' (it stopped answering)' : ''}; the job carried on uncached.`,
    );
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
