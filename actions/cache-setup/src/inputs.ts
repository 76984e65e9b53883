import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';
import { checkPrefix, isLayerName, parseSize, type LayerName } from '@slipway/cache';

export const inputSchema = {
  'working-directory': input.string({ default: '.' }),
  layers: input.list({ default: 'deps, installed, build, docker' }),
  install: input.string(),
  paths: input.lines(),
  'key-files': input.lines(),
  'cache-node-modules': input.boolean({ default: 'false' }),
  save: input.oneOf(['auto', 'always', 'never'] as const, { default: 'auto' }),
  'lookup-only': input.boolean({ default: 'false' }),
  'max-size': input.string({ default: '5GB' }),
  prefix: input.string({ default: 'slipway' }),
  'default-branch': input.string(),
  'docker-images': input.list(),
  record: input.oneOf(['artifact', 'file', 'none'] as const, { default: 'artifact' }),
  'stall-timeout': input.integer({ default: '30', min: 1, max: 3600 }),
};
type RawInputs = InputsOf<typeof inputSchema>;

export interface Inputs extends Omit<RawInputs, 'layers' | 'maxSize' | 'install'> {
  layers: LayerName[];
  /** The install command; undefined when the workflow installs in its own step (install-needed says when). */
  install: string | undefined;
  /** Bytes; 0 is no limit. */
  maxSize: number;
}

export function parseInputs(read: ReadInput): Inputs {
  const raw = readInputs(inputSchema, read);
  const layers: LayerName[] = [];
  for (const l of raw.layers.map((name) => name.toLowerCase())) {
    if (!isLayerName(l)) throw new UserError(`Input 'layers' accepts deps, installed, build and docker; got '${l}'`);
    layers.push(l);
  }
  if (layers.length === 0) throw new UserError("Input 'layers' must name at least one of deps, installed, build, docker");
  const install = raw.install?.trim() || undefined;
  // The install decision needs the installed tree and its store: `install` brings both layers.
  if (install) for (const l of ['installed', 'deps'] as const) if (!layers.includes(l)) layers.push(l);
  if (install && raw.lookupOnly) {
    throw new UserError("Inputs 'install' and 'lookup-only' cannot be combined: lookup-only restores nothing for the install to use");
  }
  return {
    ...raw,
    layers,
    install,
    maxSize: parseSize(raw.maxSize, 'max-size'),
    prefix: checkPrefix(raw.prefix),
  };
}
