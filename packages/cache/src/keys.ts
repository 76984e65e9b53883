import { digestBytes, UserError } from '@slipway/core';

/** The layers cache-setup plans, in the order it plans them. */
export const LAYER_NAMES = ['deps', 'installed', 'build', 'docker'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** Whether a name (from an input or a flag) is one of the layers. */
export function isLayerName(name: string): name is LayerName {
  return (LAYER_NAMES as readonly string[]).includes(name);
}

/** The cache service's limits (@actions/cache checks them and throws). */
export const MAX_KEY_LENGTH = 512;
export const MAX_KEYS = 10;

export interface KeyParts {
  prefix: string;
  layer: LayerName;
  os: string;
  arch: string;
  toolchain: string;
  hash: string;
}

const part = (s: string): string => s.toLowerCase().replace(/[^a-z0-9._]+/g, '_');

/** Checks a key prefix a user gave: no commas (the service splits on them), short enough to leave room. */
export function checkPrefix(prefix: string): string {
  if (prefix === '' || /[,\s]/.test(prefix) || prefix.length > 100) {
    throw new UserError(`Input 'prefix' must be 1 to 100 characters without commas or spaces; got '${prefix}'`);
  }
  return prefix;
}

/**
 * `<prefix>-<layer>-<os>-<arch>-<toolchain>-<hash>` and the restore keys that drop the most specific
 * parts first (the hash, then the toolchain), each within the service's limits.
 */
export function layerKeys(parts: KeyParts): { key: string; restoreKeys: string[] } {
  const base = `${parts.prefix}-${parts.layer}-${part(parts.os)}-${part(parts.arch)}`;
  // A monorepo with many toolchains could outgrow the limit: keep the key valid by hashing that part.
  let toolchain = part(parts.toolchain);
  if (base.length + toolchain.length + parts.hash.length + 2 > MAX_KEY_LENGTH) toolchain = `t${digestBytes(toolchain).slice(0, 16)}`;
  const key = `${base}-${toolchain}-${parts.hash}`;
  const restoreKeys = [`${base}-${toolchain}-`, `${base}-`];
  for (const k of [key, ...restoreKeys]) {
    if (k.length > MAX_KEY_LENGTH || k.includes(','))
      throw new UserError(`Cache key '${k.slice(0, 80)}…' breaks the service's limits (512 characters, no commas)`);
  }
  return { key, restoreKeys: restoreKeys.slice(0, MAX_KEYS - 1) };
}
