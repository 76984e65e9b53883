import { decode, decodeDocument } from '@slipway/core';
import type { ActionsApi } from '../online/github-api.js';

/** The commit a tag of an action points at, and the most specific release tag of that commit. */
export interface Pin {
  sha: string;
  version: string;
}

/** Resolves `owner/repo@ref` to a pin, or undefined when the ref is unknown. */
export type PinResolver = (owner: string, repo: string, ref: string) => Promise<Pin | undefined>;

const pinsFile = decode.record(decode.record(decode.string));

/** The most specific tag (`v4.2.2` over `v4`) among those naming one commit. */
function mostSpecific(tags: string[], fallback: string): string {
  return [...tags].sort((x, y) => y.split('.').length - x.split('.').length || y.localeCompare(x))[0] ?? fallback;
}

/**
 * Pins from a file: `{"actions/checkout": {"v4": "<sha>", "v4.2.2": "<sha>"}}`, every tag of
 * interest with its commit (what `git ls-remote --tags` prints, for working offline).
 */
export function pinsFromFile(json: unknown, source: string): PinResolver {
  const table = decodeDocument(pinsFile, json, source);
  const lower = new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
  return (owner, repo, ref) => {
    const tags = lower.get(`${owner}/${repo}`.toLowerCase());
    const sha = tags?.[ref];
    if (!tags || !sha || !/^[0-9a-f]{40}$/.test(sha)) return Promise.resolve(undefined);
    return Promise.resolve({
      sha,
      version: mostSpecific(
        Object.entries(tags)
          .filter(([, s]) => s === sha)
          .map(([t]) => t),
        ref,
      ),
    });
  };
}

/** Pins resolved through the GitHub API: the ref's commit (annotated tags followed), then its release tags. */
export function pinsFromApi(api: ActionsApi): PinResolver {
  return async (owner, repo, ref) => {
    const sha = (await api.ref(owner, repo, `tags/${ref}`)) ?? (await api.ref(owner, repo, `heads/${ref}`));
    if (!sha) return undefined;
    const tags = (await api.tags(owner, repo)).filter((t) => t.sha === sha).map((t) => t.name);
    return { sha, version: mostSpecific(tags, ref) };
  };
}
