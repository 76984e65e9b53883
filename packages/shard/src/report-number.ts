/**
 * Seconds as report writers spell them. Runners format times with the build machine's locale,
 * so `0,5` (a decimal comma), `1,234.5` (a thousands comma) and `1.234,5` (a thousands point)
 * all occur. A number is read by its shape; the one shape that fits both conventions, one
 * separator followed by exactly three digits (`1,234`, `1.234`), is decided by the other numbers
 * of the same report, and read as the small number (1.234 s) when they say nothing.
 */

/** The decimal separator a report's numbers show. */
export type DecimalStyle = 'point' | 'comma';

/** What the shape of one number says. */
export type NumberReading =
  | { kind: 'none' }
  | { kind: 'value'; seconds: number; style?: DecimalStyle }
  | { kind: 'ambiguous'; point: number; comma: number }
  | { kind: 'invalid' };

const INTEGER = /^\d+$/;
const SCIENTIFIC = /^(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/;

/** Reads one attribute value; an absent or blank value is `none` (untimed, not zero). */
export function readSeconds(raw: string | undefined): NumberReading {
  if (raw === undefined) return { kind: 'none' };
  const s = raw.trim();
  if (s === '') return { kind: 'none' };
  if (INTEGER.test(s)) return { kind: 'value', seconds: Number(s) };
  if (SCIENTIFIC.test(s)) return { kind: 'value', seconds: Number(s), style: 'point' };
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (!/^[\d.,]+$/.test(s)) return { kind: 'invalid' };
  if (dots === 1 && commas === 0) {
    if (/^\d{1,3}\.\d{3}$/.test(s)) return { kind: 'ambiguous', point: Number(s), comma: Number(s.replace('.', '')) };
    return /^\d*\.\d+$|^\d+\.$/.test(s) ? { kind: 'value', seconds: Number(s), style: 'point' } : { kind: 'invalid' };
  }
  if (commas === 1 && dots === 0) {
    const asPoint = s.replace(',', '.');
    if (/^\d{1,3},\d{3}$/.test(s)) return { kind: 'ambiguous', point: Number(s.replace(',', '')), comma: Number(asPoint) };
    return /^\d*,\d+$|^\d+,$/.test(s) ? { kind: 'value', seconds: Number(asPoint), style: 'comma' } : { kind: 'invalid' };
  }
  // Thousands groups then the decimal separator: 1,234,567.5 or 1.234.567,5; or whole groups only.
  if (/^\d{1,3}(,\d{3})+\.\d*$/.test(s) || /^\d{1,3}(,\d{3}){2,}$/.test(s))
    return { kind: 'value', seconds: Number(s.replace(/,/g, '')), style: 'point' };
  if (/^\d{1,3}(\.\d{3})+,\d*$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s))
    return { kind: 'value', seconds: Number(s.replace(/\./g, '').replace(',', '.')), style: 'comma' };
  return { kind: 'invalid' };
}

/** Resolves an ambiguous reading by the report's style; without one, the small reading. */
export function resolveAmbiguous(reading: { point: number; comma: number }, style: DecimalStyle | undefined, raw: string): number {
  if (style === 'point') return reading.point;
  if (style === 'comma') return reading.comma;
  // No evidence either way: 1,234 and 1.234 both read as 1.234 s (three decimals is how runners write times).
  return raw.includes(',') ? reading.comma : reading.point;
}

/** Collects the styles a report's numbers show, to settle its ambiguous ones. */
export class StyleEvidence {
  private point = 0;
  private comma = 0;

  note(reading: NumberReading): void {
    if (reading.kind !== 'value' || !reading.style) return;
    if (reading.style === 'point') this.point += 1;
    else this.comma += 1;
  }

  /** The style the report shows, or undefined when it shows none or both. */
  get style(): DecimalStyle | undefined {
    if (this.point > 0 && this.comma === 0) return 'point';
    if (this.comma > 0 && this.point === 0) return 'comma';
    return undefined;
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n += 1;
  return n;
}
