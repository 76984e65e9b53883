import { decode, decodeDocument, githubRequest, parseJson, sleep, UserError, errorCodes, type Transport } from '@slipway/core';
import type { ActionAdvisory, AdvisorySnapshot } from '../advisories.js';

/** What the online audits ask GitHub about an action repository. */
export interface ActionsApi {
  /** The repository, or undefined when it does not exist (404). */
  repository(owner: string, repo: string): Promise<{ archived: boolean } | undefined>;
  /** The commit a branch (`heads/x`) or tag (`tags/x`) points at, annotated tags followed; undefined when absent. */
  ref(owner: string, repo: string, ref: string): Promise<string | undefined>;
  /** Tags with their commits (the first 1,000). */
  tags(owner: string, repo: string): Promise<{ name: string; sha: string }[]>;
  /** Branches with their head commits (the first 1,000). */
  branches(owner: string, repo: string): Promise<{ name: string; sha: string }[]>;
  /** How `head` relates to `base` in this repository's history; undefined when GitHub knows no such commit there. */
  compare(owner: string, repo: string, base: string, head: string): Promise<string | undefined>;
  /** The reviewed advisories that affect an action repository. */
  advisories(owner: string, repo: string): Promise<ActionAdvisory[]>;
  /** Every reviewed advisory of the actions ecosystem (cursor pages followed, at most 50). */
  allAdvisories(): Promise<ActionAdvisory[]>;
}

const refDecoder = decode.object({ object: decode.object({ sha: decode.string, type: decode.string }) });
const namedCommits = decode.array(decode.object({ name: decode.string, commit: decode.object({ sha: decode.string }) }));
const advisoryList = decode.array(
  decode.object({
    ghsa_id: decode.string,
    cve_id: decode.withDefault(decode.nullable(decode.string), null),
    summary: decode.string,
    severity: decode.string,
    vulnerabilities: decode.array(
      decode.object({
        package: decode.object({ ecosystem: decode.string, name: decode.string }),
        vulnerable_version_range: decode.withDefault(decode.nullable(decode.string), null),
        first_patched_version: decode.withDefault(decode.nullable(decode.string), null),
      }),
    ),
  }),
);

/** The GitHub REST API with a token, every call under core's deadlines and retry policy. */
export function githubApi(options: {
  baseUrl: string;
  token: string;
  /** How waits are made (a test records them instead of waiting). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  log?: (message: string) => void;
  transport?: Transport;
}): ActionsApi {
  const base = options.baseUrl.replace(/\/$/, '');
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${options.token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'slipway-pipeline-audit',
  };
  let lastLink: string | null = null;
  const get = async (path: string): Promise<unknown> => {
    const url = path.startsWith('http') ? path : `${base}${path}`;
    const response = await githubRequest(
      url,
      { method: 'GET', headers },
      {
        what: 'the GitHub API',
        sleep: options.sleep ?? sleep,
        now: options.now ?? Date.now,
        deadlines: { firstByteMs: 20_000, idleMs: 20_000 },
        // As fetch does: a renamed repository answers 301 to its new place.
        redirects: 5,
        ...(options.log ? { log: options.log } : {}),
        ...(options.transport ? { transport: options.transport } : {}),
      },
    );
    if (response.status === 404 || response.status === 422) return undefined;
    lastLink = response.headers.get('link');
    const text = response.body.toString('utf8');
    const limited = response.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(text);
    if ((response.status === 403 || response.status === 429) && limited)
      throw new UserError(
        `the GitHub API's rate limit stopped the audit at ${path} (${response.status}): it outlasted the audit's waits (at most 5 tries, 5 minutes a wait): ${text.slice(0, 200)}`,
        {
          code: errorCodes.networkStatus,
          hint: 'run the online audit again after the limit resets, or with a token that has its own quota',
        },
      );
    if (response.status === 401 || response.status === 403)
      throw new UserError(`the GitHub API refused ${path} (${response.status}): ${text.slice(0, 200)}`, {
        code: errorCodes.invalidInput,
        hint: 'give a token that can read public repositories (GITHUB_TOKEN or GH_TOKEN)',
      });
    if (!response.ok)
      throw new UserError(`the GitHub API answered ${response.status} for ${path}`, {
        code: errorCodes.networkStatus,
        hint: 'try again later',
      });
    return parseJson(text, `the GitHub API's answer to ${path}`);
  };
  const paged = async (path: string): Promise<{ name: string; sha: string }[]> => {
    const out: { name: string; sha: string }[] = [];
    for (let page = 1; page <= 10; page += 1) {
      const json = await get(`${path}?per_page=100&page=${page}`);
      if (json === undefined) break;
      const items = decodeDocument(namedCommits, json, path);
      out.push(...items.map((i) => ({ name: i.name, sha: i.commit.sha })));
      if (items.length < 100) break;
    }
    return out;
  };
  const repoPath = (owner: string, repo: string): string => `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  return {
    async repository(owner, repo) {
      const json = await get(repoPath(owner, repo));
      return json === undefined
        ? undefined
        : decodeDocument(decode.object({ archived: decode.withDefault(decode.boolean, false) }), json, 'repository');
    },
    async ref(owner, repo, ref) {
      const json = await get(`${repoPath(owner, repo)}/git/ref/${ref.split('/').map(encodeURIComponent).join('/')}`);
      if (json === undefined || Array.isArray(json)) return undefined;
      let target = decodeDocument(refDecoder, json, `ref ${ref}`).object;
      for (let hops = 0; target.type === 'tag' && hops < 5; hops += 1) {
        const tag = await get(`${repoPath(owner, repo)}/git/tags/${target.sha}`);
        if (tag === undefined) return undefined;
        target = decodeDocument(refDecoder, tag, `tag ${ref}`).object;
      }
      return target.sha;
    },
    tags: (owner, repo) => paged(`${repoPath(owner, repo)}/tags`),
    branches: (owner, repo) => paged(`${repoPath(owner, repo)}/branches`),
    async compare(owner, repo, baseRef, head) {
      const json = await get(`${repoPath(owner, repo)}/compare/${encodeURIComponent(baseRef)}...${head}`);
      return json === undefined ? undefined : decodeDocument(decode.object({ status: decode.string }), json, 'compare').status;
    },
    async advisories(owner, repo) {
      const json = await get(`/advisories?ecosystem=actions&affects=${encodeURIComponent(`${owner}/${repo}`)}&per_page=100`);
      if (json === undefined) return [];
      return toAdvisories(json).filter((a) => a.package === `${owner}/${repo}`.toLowerCase());
    },
    async allAdvisories() {
      const out: ActionAdvisory[] = [];
      let next: string | undefined = '/advisories?ecosystem=actions&type=reviewed&per_page=100';
      for (let page = 0; next && page < 50; page += 1) {
        const json = await get(next);
        if (json === undefined) break;
        out.push(...toAdvisories(json));
        next = /<([^>]+)>;\s*rel="next"/.exec(lastLink ?? '')?.[1];
      }
      return out;
    },
  };
}

/** GitHub's global advisories as one entry per affected action. */
function toAdvisories(json: unknown): ActionAdvisory[] {
  return decodeDocument(advisoryList, json, 'advisories').flatMap((a) =>
    a.vulnerabilities
      .filter((v) => v.package.ecosystem === 'actions')
      .map((v) => ({
        id: a.ghsa_id,
        aliases: a.cve_id ? [a.cve_id] : [],
        summary: a.summary,
        severity: a.severity,
        package: v.package.name.toLowerCase(),
        vulnerable: v.vulnerable_version_range ?? '>= 0',
        patched: v.first_patched_version,
      })),
  );
}

/** A complete advisory snapshot of the actions ecosystem, taken now through the API. */
export async function refreshAdvisories(api: ActionsApi, now: Date, baseUrl: string): Promise<AdvisorySnapshot> {
  return {
    source: `GitHub Advisory Database through ${baseUrl}/advisories?ecosystem=actions&type=reviewed`,
    taken: now.toISOString().slice(0, 10),
    complete: true,
    advisories: await api.allAdvisories(),
  };
}
