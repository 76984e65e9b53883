import { UserError } from '@slipway/core';

/** A parsed image reference: `registry/repository[:tag][@sha256:hex]`. */
export interface ImageReference {
  /** The registry host as written (`ghcr.io`, `127.0.0.1:5000`); Docker Hub is `docker.io`. */
  registry: string;
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Parses an image reference the way Docker does (a first part with `.`/`:` or `localhost` is a registry). */
export function parseImageReference(ref: string): ImageReference {
  const text = ref.trim();
  const at = text.indexOf('@');
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const rest = at >= 0 ? text.slice(0, at) : text;
  if (digest !== undefined && !DIGEST.test(digest)) {
    throw new UserError(`The image reference '${ref}' has a digest that is not sha256:<64 hex digits>`);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let path = hasRegistry ? rest.slice(slash + 1) : rest;
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon > path.lastIndexOf('/')) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
  }
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (!REPOSITORY.test(path)) throw new UserError(`The image reference '${ref}' has an invalid repository name '${path}'`);
  if (tag !== undefined && !TAG.test(tag)) throw new UserError(`The image reference '${ref}' has an invalid tag '${tag}'`);
  return { registry, repository: path, tag, digest };
}

/** Parses a reference that must name a manifest by digest; a tag alone is refused with the fix. */
export function parseDigestReference(ref: string): ImageReference & { digest: string } {
  const parsed = parseImageReference(ref);
  if (!parsed.digest) {
    throw new UserError(`The image '${ref}' has no digest; signatures must name the exact image, not a tag that can move`, {
      hint: `resolve it first, e.g. \`docker buildx imagetools inspect ${ref} --format '{{.Manifest.Digest}}'\` or \`crane digest ${ref}\`, and pass ${parsed.registry}/${parsed.repository}@sha256:...`,
    });
  }
  return { ...parsed, digest: parsed.digest };
}

/** `registry/repository` (the name in simple-signing payloads and attestation subjects). */
export function repositoryName(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The canonical string: `registry/repository[:tag][@digest]`. */
export function formatReference(ref: ImageReference): string {
  return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
