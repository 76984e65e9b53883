import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { decodeDocument, type Decoder } from './decode.js';
import { errorCodes, errorMessage, UserError } from './errors.js';
import { parseYamlText } from './files.js';

/**
 * Typed readers for action inputs and CLI values. Each reader parses one raw string
 * (as the runner passes it: trimmed, '' when unset) and its errors name the input
 * and the values it accepts.
 */
export class InputError extends UserError {
  constructor(name: string, problem: string, hint?: string) {
    super(`Input '${name}' ${problem}`, { code: errorCodes.usage, ...(hint === undefined ? {} : { hint }) });
    this.name = 'InputError';
  }
}

export interface InputSpec<T> {
  readonly kind: string;
  /** The value `action.yml` declares as default, verbatim. */
  readonly default: string | undefined;
  readonly required: boolean;
  /** Parses a non-empty raw value. */
  parse(raw: string, name: string): T;
  /** The value when the input is empty and not required. */
  readonly empty: T;
}

type Base = { default?: string };
/** A default makes the value always present (readInputs falls back to it), so such specs type without `undefined`. */
type Defaulted = { default: string };

function spec<T>(kind: string, parse: (raw: string, name: string) => T, empty: T, opts: Base & { required?: boolean }): InputSpec<T> {
  return { kind, parse, empty, default: opts.default, required: opts.required ?? false };
}

/** A string; `required` makes '' an error. */
export function string(opts: Base & { required: true }): InputSpec<string>;
export function string(opts: Defaulted & { required?: false }): InputSpec<string>;
export function string(opts?: Base & { required?: false }): InputSpec<string | undefined>;
export function string(opts: Base & { required?: boolean } = {}): InputSpec<string | undefined> {
  return spec<string | undefined>('string', (raw) => raw, undefined, opts);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts. */
export function boolean(opts: Base = {}): InputSpec<boolean> {
  return spec(
    'boolean',
    (raw, name) => {
      if (TRUE.includes(raw)) return true;
      if (FALSE.includes(raw)) return false;
      throw new InputError(name, `must be true or false; got '${raw}'`);
    },
    false,
    opts,
  );
}

/** A whole number within [min, max]. */
export function integer(opts: Base & { min?: number; max?: number; required: true }): InputSpec<number>;
export function integer(opts: Defaulted & { min?: number; max?: number; required?: false }): InputSpec<number>;
export function integer(opts?: Base & { min?: number; max?: number; required?: false }): InputSpec<number | undefined>;
export function integer(opts: Base & { min?: number; max?: number; required?: boolean } = {}): InputSpec<number | undefined> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
  return spec<number | undefined>(
    'integer',
    (raw, name) => {
      const n = /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new InputError(name, `must be a whole number from ${min} to ${max}; got '${raw}'`);
      }
      return n;
    },
    undefined,
    opts,
  );
}

/** A non-negative decimal number within [min, max]. */
export function number(opts: Defaulted & { min?: number; max?: number }): InputSpec<number>;
export function number(opts?: Base & { min?: number; max?: number }): InputSpec<number | undefined>;
export function number(opts: Base & { min?: number; max?: number } = {}): InputSpec<number | undefined> {
  const { min = 0, max = Number.MAX_SAFE_INTEGER } = opts;
  return spec<number | undefined>(
    'number',
    (raw, name) => {
      const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isFinite(n) || n < min || n > max) {
        throw new InputError(name, `must be a number from ${min} to ${max}; got '${raw}'`);
      }
      return n;
    },
    undefined,
    opts,
  );
}

/** One of a fixed set of values (matched case-insensitively, returned as declared). */
export function oneOf<const V extends readonly string[]>(values: V, opts: Base = {}): InputSpec<V[number]> {
  const parse = (raw: string, name: string): V[number] => {
    const hit = values.find((v) => v.toLowerCase() === raw.toLowerCase());
    if (hit === undefined) throw new InputError(name, `must be one of ${values.join(', ')}; got '${raw}'`);
    return hit;
  };
  const fallback = opts.default === undefined ? values[0] : parse(opts.default, 'default');
  return spec('enum', parse, fallback as V[number], opts);
}

/** Items split on newlines and commas, trimmed, empty ones and `#` comments dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .flatMap((line) => line.split(','))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A multi-line or comma-separated list. */
export function list(opts: Base & { required?: boolean } = {}): InputSpec<string[]> {
  return spec(
    'list',
    (raw, name) => {
      const items = splitList(raw);
      if (opts.required && items.length === 0) throw new InputError(name, 'needs at least one item');
      return items;
    },
    [],
    opts,
  );
}

/** A multi-line list where each line stays whole (commas allowed inside items, e.g. globs with braces). */
export function lines(opts: Base & { required?: boolean } = {}): InputSpec<string[]> {
  return spec(
    'lines',
    (raw) =>
      raw
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && !s.startsWith('#')),
    [],
    opts,
  );
}

const UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Parses `90s`, `15m`, `1h30m`, `7d` or a bare number of seconds into seconds. */
export function parseDuration(raw: string): number | undefined {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text.replace(/\s+/g, '')) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] ?? 's'] ?? 1), 0);
}

/** A duration in seconds: `90s`, `15m`, `1h30m`, `7d`, or a bare number of seconds. */
export function duration(opts: Defaulted): InputSpec<number>;
export function duration(opts?: Base): InputSpec<number | undefined>;
export function duration(opts: Base = {}): InputSpec<number | undefined> {
  return spec<number | undefined>(
    'duration',
    (raw, name) => {
      const s = parseDuration(raw);
      if (s === undefined) throw new InputError(name, `must be a duration such as 90s, 15m, 1h30m or 7d; got '${raw}'`);
      return s;
    },
    undefined,
    opts,
  );
}

/** A path, kept as given (resolved by the caller against the workspace). */
export function path(opts: Defaulted & { required?: boolean }): InputSpec<string>;
export function path(opts?: Base & { required?: boolean }): InputSpec<string | undefined>;
export function path(opts: Base & { required?: boolean } = {}): InputSpec<string | undefined> {
  return spec<string | undefined>(
    'path',
    (raw, name) => {
      if (raw.includes('\0')) throw new InputError(name, 'must be a file path; it contains a NUL byte');
      return raw;
    },
    undefined,
    opts,
  );
}

/** Glob patterns, one per line (commas are part of a pattern, as in `{a,b}`); `!` lines exclude. */
export function globs(opts: Base & { required?: boolean } = {}): InputSpec<string[]> {
  return spec(
    'glob',
    (raw, name) => {
      const patterns = raw
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && !s.startsWith('#'));
      for (const p of patterns) {
        if (p.includes('\0')) throw new InputError(name, `has a pattern with a NUL byte: '${p}'`);
        if (
          (p.match(/\{/g) ?? []).length !== (p.match(/\}/g) ?? []).length ||
          (p.match(/\[/g) ?? []).length !== (p.match(/\]/g) ?? []).length
        ) {
          throw new InputError(name, `has an unbalanced glob pattern '${p}'`, 'close every { and [ in the pattern');
        }
      }
      if (opts.required && patterns.every((p) => p.startsWith('!')))
        throw new InputError(name, 'needs at least one pattern that includes files');
      return patterns;
    },
    [],
    opts,
  );
}

/**
 * A path to a YAML or JSON file, read and decoded when the inputs are parsed, so a bad file
 * fails the step before any work starts. Errors name the input, the file and the field.
 */
export function yamlFile<T>(decoder: Decoder<T>, opts: Base & { required?: boolean; cwd?: string } = {}): InputSpec<T | undefined> {
  return spec<T | undefined>(
    'file',
    (raw, name) => {
      const file = resolvePath(opts.cwd ?? process.cwd(), raw);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new InputError(name, `names ${raw}, which cannot be read (${code})`, 'check the path; it is relative to the workspace');
      }
      try {
        return decodeDocument(decoder, parseYamlText(text, raw), raw);
      } catch (error) {
        throw new InputError(name, `names a file that is not valid: ${errorMessage(error)}`);
      }
    },
    undefined,
    opts,
  );
}
