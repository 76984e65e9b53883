import { UserError } from './errors.js';

/**
 * Hand-written typed decoders for JSON and YAML documents. Every failure names the
 * path of the offending field (`Results[3].Vulnerabilities[0].Severity`) so callers
 * can add the file name and fail closed.
 */
export type Decoder<T> = (value: unknown, path: string) => T;

/** A decoding failure: `path` is the field at fault, `expected` what would have been accepted. */
export class DecodeError extends UserError {
  readonly path: string;

  constructor(path: string, expected: string, actual: unknown);
  constructor(path: string, problem: { message: string });
  constructor(path: string, expected: string | { message: string }, actual?: unknown) {
    super(`${path || '(root)'}: ${typeof expected === 'string' ? `expected ${expected}, got ${describe(actual)}` : expected.message}`);
    this.name = 'DecodeError';
    this.path = path;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${value}`;
  return `a ${typeof value}`;
}

const join = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export const string: Decoder<string> = (v, p) => {
  if (typeof v !== 'string') throw new DecodeError(p, 'a string', v);
  return v;
};

export const number: Decoder<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new DecodeError(p, 'a number', v);
  return v;
};

export const boolean: Decoder<boolean> = (v, p) => {
  if (typeof v !== 'boolean') throw new DecodeError(p, 'true or false', v);
  return v;
};

export const unknown: Decoder<unknown> = (v) => v;

/** One of the given string literals. */
export function literal<const T extends readonly string[]>(...values: T): Decoder<T[number]> {
  return (v, p) => {
    if (typeof v !== 'string' || !values.includes(v)) throw new DecodeError(p, `one of ${values.join(', ')}`, v);
    return v;
  };
}

export function array<T>(item: Decoder<T>): Decoder<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) throw new DecodeError(p, 'an array', v);
    return v.map((x, i) => item(x, join(p, i)));
  };
}

/** A JSON object used as a map from string keys to values of one type. */
export function record<T>(value: Decoder<T>): Decoder<Record<string, T>> {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new DecodeError(p, 'an object', v);
    const out: Record<string, T> = {};
    // defineProperty, not assignment: a `__proto__` key stays an ordinary entry instead of
    // setting the result's prototype.
    for (const [k, x] of Object.entries(v)) {
      Object.defineProperty(out, k, { value: value(x, join(p, k)), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
}

/** Absent or null becomes undefined. */
export function optional<T>(inner: Decoder<T>): Decoder<T | undefined> {
  return (v, p) => (v === undefined || v === null ? undefined : inner(v, p));
}

/** Absent or null becomes the fallback. */
export function withDefault<T>(inner: Decoder<T>, fallback: T): Decoder<T> {
  return (v, p) => (v === undefined || v === null ? fallback : inner(v, p));
}

export function nullable<T>(inner: Decoder<T>): Decoder<T | null> {
  return (v, p) => (v === null ? null : inner(v, p));
}

/** The first alternative that decodes; the error lists what each would have needed. */
export function oneOf<T>(...alternatives: Decoder<T>[]): Decoder<T> {
  return (v, p) => {
    const errors: string[] = [];
    for (const alt of alternatives) {
      try {
        return alt(v, p);
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        errors.push(error.message);
      }
    }
    throw new DecodeError(p, { message: `no accepted form matched (${errors.join('; ')})` });
  };
}

export function map<A, B>(inner: Decoder<A>, f: (a: A, path: string) => B): Decoder<B> {
  return (v, p) => f(inner(v, p), p);
}

type Shape = Record<string, Decoder<unknown>>;
type Decoded<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends ReturnType<S[K]> ? K : never }[keyof S];
type ObjectOf<S extends Shape> = Omit<Decoded<S>, OptionalKeys<S>> & Partial<Pick<Decoded<S>, OptionalKeys<S>>>;

/**
 * An object with the given fields. Unknown fields are ignored unless `strict`, in which
 * case they are an error naming the field and the accepted ones (policy files: a typo must not pass).
 */
export function object<S extends Shape>(shape: S, options: { strict?: boolean } = {}): Decoder<ObjectOf<S>> {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new DecodeError(p, 'an object', v);
    const input = v as Record<string, unknown>;
    if (options.strict) {
      for (const key of Object.keys(input)) {
        // Own keys only: `constructor` or `toString` is not a field because every object inherits it.
        if (!Object.hasOwn(shape, key)) {
          throw new DecodeError(join(p, key), { message: `unknown field; accepted fields are ${Object.keys(shape).join(', ')}` });
        }
      }
    }
    const out: Record<string, unknown> = {};
    for (const [key, decode] of Object.entries(shape)) {
      const value = decode(Object.hasOwn(input, key) ? input[key] : undefined, join(p, key));
      if (value !== undefined) out[key] = value;
    }
    return out as ObjectOf<S>;
  };
}

/** Runs a decoder on a parsed document, prefixing errors with the document's name. */
export function decodeDocument<T>(decoder: Decoder<T>, value: unknown, source: string): T {
  try {
    return decoder(value, '');
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(`${source}: ${error.message}`, { hint: error.hint, cause: error, code: error.code });
    }
    throw error;
  }
}

/**
 * A settings document (a policy): an empty document, or a key or list item with no value (what a
 * file cut short leaves, `vulnerabilities:` with nothing after it), is an error naming the field;
 * anything else goes to `inner`. Absent keys keep their defaults; a written key must say something.
 */
export function settings<T>(inner: Decoder<T>): Decoder<T> {
  return (v, p) => {
    if (v === undefined || v === null) {
      throw new DecodeError(p, { message: 'the document is empty (was the file cut short?)' });
    }
    const walk = (x: unknown, at: string): void => {
      if (x === null)
        throw new DecodeError(at, { message: 'no value after the key (was the file cut short?); give a value or remove the key' });
      if (Array.isArray(x)) x.forEach((item, i) => walk(item, join(at, i)));
      else if (typeof x === 'object' && !(x instanceof Date)) for (const [k, item] of Object.entries(x)) walk(item, join(at, k));
    };
    walk(v, p);
    return inner(v, p);
  };
}
