import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';
import { checkPrefix, isLayerName, parseSize, type LayerName } from '@slipway/cache';

export const inputSchema = {
  'working-directory': input.string({ default: '.' }),
  layers: input.list({ default: 'deps, build, docker' }),
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
};
type RawInputs = InputsOf<typeof inputSchema>;

export interface Inputs extends Omit<RawInputs, 'layers' | 'maxSize'> {
  layers: LayerName[];
  /** Bytes; 0 is no limit. */
  maxSize: number;
}

export function parseInputs(read: ReadInput): Inputs {
  const raw = readInputs(inputSchema, read);
  const layers: LayerName[] = [];
  for (const l of raw.layers.map((name) => name.toLowerCase())) {
    if (!isLayerName(l)) throw new UserError(`Input 'layers' accepts deps, build and docker; got '${l}'`);
    layers.push(l);
  }
  if (layers.length === 0) throw new UserError("Input 'layers' must name at least one of deps, build, docker");
  return {
    ...raw,
    layers,
    maxSize: parseSize(raw.maxSize, 'max-size'),
    prefix: checkPrefix(raw.prefix),
  };
}
