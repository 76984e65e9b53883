import { posix } from 'node:path';
import { UserError } from '@slipway/core';

/** One image's buildx cache settings: `type=gha` with a scope of its own so images don't evict each other. */
export interface DockerImageCache {
  image: string;
  /** The Dockerfile it was found from, relative to the working directory (absent when named by input). */
  dockerfile?: string;
  scope: string;
  cacheFrom: string;
  /** Empty when this run must not write the cache (read-only branch, save: never). */
  cacheTo: string;
}

const isDockerfile = (name: string): boolean =>
  /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name);

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Image names from the Dockerfiles of a tree: the folder's name, plus the Dockerfile's suffix (`api`, `api-worker`). */
export function imagesFromDockerfiles(files: readonly string[], rootName: string): { image: string; dockerfile: string }[] {
  const out: { image: string; dockerfile: string }[] = [];
  for (const file of files) {
    const name = posix.basename(file);
    if (!isDockerfile(name)) continue;
    const dir = posix.dirname(file);
    const folder = dir === '.' ? rootName : posix.basename(dir);
    const variant = /^(?:Dockerfile|Containerfile)\.(.+)$/.exec(name)?.[1] ?? /^(.+)\.(?:Dockerfile|Containerfile)$/i.exec(name)?.[1];
    out.push({ image: slug(variant ? `${folder}-${variant}` : folder) || 'image', dockerfile: file });
  }
  return out;
}

/** buildx `--cache-from` / `--cache-to` values for GitHub's cache backend, one scope per image. */
export function dockerCache(prefix: string, image: string, write: boolean): Omit<DockerImageCache, 'dockerfile'> {
  const name = slug(image);
  if (!name) throw new UserError(`Input 'docker-images': '${image}' is not a usable image name`);
  const scope = `${prefix}-docker-${name}`;
  return {
    image: name,
    scope,
    cacheFrom: `type=gha,scope=${scope}`,
    // mode=max caches every stage, not just the final one; ignore-error keeps a cache outage from failing the build.
    cacheTo: write ? `type=gha,scope=${scope},mode=max,ignore-error=true` : '',
  };
}

const GHA_ATTRIBUTES = new Set(['scope', 'mode', 'ignore-error', 'timeout', 'url', 'url_v2', 'token', 'version', 'ghtoken', 'repository']);

/**
 * Parses a buildx cache option as buildx does (CSV of `key=value`, `type` required) and checks the
 * `type=gha` attributes; used to prove the outputs are valid options.
 */
export function parseBuildxCacheOption(value: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    if (eq <= 0) throw new UserError(`buildx cache option '${value}': field '${field}' is not key=value`);
    const key = field.slice(0, eq).trim().toLowerCase();
    if (key in fields) throw new UserError(`buildx cache option '${value}': '${key}' is given twice`);
    fields[key] = field.slice(eq + 1);
  }
  if (fields['type'] !== 'gha') throw new UserError(`buildx cache option '${value}': type must be gha`);
  for (const key of Object.keys(fields)) {
    if (key !== 'type' && !GHA_ATTRIBUTES.has(key)) throw new UserError(`buildx cache option '${value}': unknown gha attribute '${key}'`);
  }
  if (fields['mode'] !== undefined && !['min', 'max'].includes(fields['mode']))
    throw new UserError(`buildx cache option '${value}': mode must be min or max`);
  if (fields['ignore-error'] !== undefined && !['true', 'false'].includes(fields['ignore-error'])) {
    throw new UserError(`buildx cache option '${value}': ignore-error must be true or false`);
  }
  if (!fields['scope']) throw new UserError(`buildx cache option '${value}': a scope is required so images don't share one`);
  return fields;
}
