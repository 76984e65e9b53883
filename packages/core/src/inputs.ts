import { InputError, type InputSpec } from './input-readers.js';

/** Reads one raw input by its `action.yml` name; '' when unset. */
export type ReadInput = (name: string) => string;

export type InputSchema = Record<string, InputSpec<unknown>>;

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/** The typed value of a schema: kebab-case input names become camelCase keys. */
export type InputsOf<S extends InputSchema> = {
  -readonly [K in keyof S & string as Camel<K>]: S[K] extends InputSpec<infer T> ? T : never;
};

/** `shard-overhead-seconds` -> `shardOverheadSeconds`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Reads every input of a schema. An empty input falls back to the schema default (the same
 * string as `action.yml`'s, so the CLI and tests see the runner's behaviour).
 */
export function readInputs<S extends InputSchema>(schema: S, read: ReadInput): InputsOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const raw = read(name).trim() || spec.default || '';
    if (raw === '') {
      if (spec.required) throw new InputError(name, 'is required but was not set');
      out[camelCase(name)] = spec.empty;
    } else {
      out[camelCase(name)] = spec.parse(raw, name);
    }
  }
  return out as InputsOf<S>;
}

/** A reader over a plain map of inputs, for the CLI and tests. */
export function readerFrom(values: Record<string, string | number | boolean | undefined>): ReadInput {
  return (name) => {
    const v = values[name];
    return v === undefined ? '' : String(v);
  };
}
