import { escapeHtml } from '@slipway/core';

/** One line of a line chart; null is a gap (a day without runs). */
export interface Series {
  name: string;
  color: string;
  values: readonly (number | null)[];
  dashed?: boolean;
}

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Round tick steps (1, 2, 5 × 10^k) covering 0..max in about `count` steps. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 0.999; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/**
 * A line chart as an inline SVG element: x is the index of `labels`, y starts at zero. A
 * `threshold` draws a dashed horizontal line (the budget). Every element carries a <title>,
 * so values show on hover without any script.
 */
export function lineChart(opts: {
  title: string;
  labels: readonly string[];
  series: readonly Series[];
  unit: string;
  threshold?: { value: number; label: string };
  width?: number;
  height?: number;
}): string {
  const width = opts.width ?? 720;
  const height = opts.height ?? 260;
  const m = { left: 48, right: 16, top: 28, bottom: 36 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const all = opts.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.max(...all, opts.threshold?.value ?? 0, 0));
  const top = ticks[ticks.length - 1] ?? 1;
  const n = Math.max(opts.labels.length, 1);
  const x = (i: number): number => m.left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number): number => m.top + plotH - (v / top) * plotH;
  const parts: string[] = [];
  parts.push(`<text x="${m.left}" y="16" class="chart-title">${escapeHtml(opts.title)}</text>`);
  for (const t of ticks) {
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" class="grid"/>`);
    parts.push(`<text x="${m.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end" class="tick">${fmt(t)}</text>`);
  }
  const every = Math.max(1, Math.ceil(n / 8));
  opts.labels.forEach((label, i) => {
    if (i % every === 0 || i === n - 1)
      parts.push(`<text x="${fmt(x(i))}" y="${height - m.bottom + 16}" text-anchor="middle" class="tick">${escapeHtml(label)}</text>`);
  });
  parts.push(
    `<text x="12" y="${fmt(m.top + plotH / 2)}" transform="rotate(-90 12 ${fmt(m.top + plotH / 2)})" text-anchor="middle" class="tick">${escapeHtml(opts.unit)}</text>`,
  );
  if (opts.threshold) {
    const ty = fmt(y(opts.threshold.value));
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" class="budget"><title>${escapeHtml(opts.threshold.label)}</title></line>`,
    );
    parts.push(
      `<text x="${width - m.right}" y="${fmt(y(opts.threshold.value) - 4)}" text-anchor="end" class="budget-label">${escapeHtml(opts.threshold.label)}</text>`,
    );
  }
  for (const s of opts.series) {
    let segment: string[] = [];
    const flush = (): void => {
      if (segment.length > 1)
        parts.push(
          `<polyline points="${segment.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
        );
      segment = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) return flush();
      segment.push(`${fmt(x(i))},${fmt(y(v))}`);
      parts.push(
        `<circle cx="${fmt(x(i))}" cy="${fmt(y(v))}" r="2.5" fill="${s.color}"><title>${escapeHtml(`${s.name} ${opts.labels[i] ?? ''}: ${fmt(v)} ${opts.unit}`)}</title></circle>`,
      );
    });
    flush();
  }
  const legend = opts.series.map(
    (s, i) =>
      `<g transform="translate(${width - m.right - (opts.series.length - i) * 90},6)"><rect width="10" height="10" fill="${s.color}"/><text x="14" y="9" class="tick">${escapeHtml(s.name)}</text></g>`,
  );
  return `<svg class="chart" role="img" aria-label="${escapeHtml(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}${legend.join('')}</svg>`;
}

/** One bar of a bar chart, with an optional marker (p95 beside a p50 bar). */
export interface Bar {
  label: string;
  value: number;
  marker?: number;
  note?: string;
}

/** A horizontal bar chart as an inline SVG element. */
export function barChart(opts: { title: string; bars: readonly Bar[]; unit: string; color?: string; width?: number }): string {
  const width = opts.width ?? 720;
  const row = 22;
  const m = { left: 200, right: 60, top: 28, bottom: 24 };
  const height = m.top + m.bottom + Math.max(1, opts.bars.length) * row;
  const ticks = niceTicks(Math.max(...opts.bars.map((b) => Math.max(b.value, b.marker ?? 0)), 0), 4);
  const top = ticks[ticks.length - 1] ?? 1;
  const plotW = width - m.left - m.right;
  const x = (v: number): number => m.left + (v / top) * plotW;
  const parts: string[] = [`<text x="8" y="16" class="chart-title">${escapeHtml(opts.title)}</text>`];
  for (const t of ticks) {
    parts.push(`<line x1="${fmt(x(t))}" x2="${fmt(x(t))}" y1="${m.top - 4}" y2="${height - m.bottom}" class="grid"/>`);
    parts.push(`<text x="${fmt(x(t))}" y="${height - 8}" text-anchor="middle" class="tick">${fmt(t)}</text>`);
  }
  opts.bars.forEach((b, i) => {
    const yTop = m.top + i * row;
    const label = b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label;
    parts.push(`<text x="${m.left - 6}" y="${yTop + 14}" text-anchor="end" class="tick">${escapeHtml(label)}</text>`);
    parts.push(
      `<rect x="${m.left}" y="${yTop + 3}" width="${fmt(Math.max(1, x(b.value) - m.left))}" height="${row - 8}" fill="${opts.color ?? '#3b82f6'}"><title>${escapeHtml(`${b.label}: ${fmt(b.value)} ${opts.unit}${b.note ? ` (${b.note})` : ''}`)}</title></rect>`,
    );
    if (b.marker !== undefined)
      parts.push(
        `<line x1="${fmt(x(b.marker))}" x2="${fmt(x(b.marker))}" y1="${yTop + 1}" y2="${yTop + row - 3}" class="marker"><title>${escapeHtml(`p95 ${fmt(b.marker)} ${opts.unit}`)}</title></line>`,
      );
    parts.push(
      `<text x="${fmt(Math.max(x(b.value), x(b.marker ?? 0)) + 6)}" y="${yTop + 14}" class="tick">${escapeHtml(b.note ?? fmt(b.value))}</text>`,
    );
  });
  return `<svg class="chart" role="img" aria-label="${escapeHtml(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
