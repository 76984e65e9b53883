// A local HTTP server that answers like the GitHub REST API for one generated repository: the
// endpoints ci-metrics reads, with GitHub's response shapes (the published examples as
// templates), real `Link` pagination, the 1,000-result cap of filtered run lists, rate-limit
// headers (and a quota that runs out), secondary limits with `retry-after`, a 5xx now and then,
// token permissions, and artifact downloads that redirect to a blob URL. Loopback only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import archiver from 'archiver';
import { repoRoot } from '../harness/runner.js';
import { seededRandom, type GenArtifact, type GenDeployment, type GenJob, type GenRun, type GeneratedRepo } from './github-api-history.js';

type Json = Record<string, unknown>;
const fixtures = join(repoRoot, 'test/fixtures/metrics/github-api');
function template(name: string): unknown {
  return (JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as { default: unknown }).default;
}
const first = (value: unknown, key?: string): Json => {
  const list = key ? (value as Record<string, unknown[]>)[key] : (value as unknown[]);
  return structuredClone(list?.[0] as Json);
};
const TEMPLATES = {
  run: first(template('actions__list-workflow-runs-for-repo'), 'workflow_runs'),
  job: first(template('actions__list-jobs-for-workflow-run'), 'jobs'),
  artifact: first(template('actions__list-workflow-run-artifacts'), 'artifacts'),
  deployment: first(template('repos__list-deployments')),
  status: first(template('repos__list-deployment-statuses')),
  commit: first((template('repos__compare-commits-with-basehead') as Json)['commits']),
  compare: template('repos__compare-commits-with-basehead') as Json,
};

/** What one token may do. */
export interface TokenGrant {
  actions?: boolean;
  deployments?: boolean;
  contents?: boolean;
  issues?: boolean;
}

export interface GitHubApiOptions {
  /** One repository (as before), or several under `repos`; `/orgs/:org/repos` lists them. */
  repo?: GeneratedRepo;
  repos?: GeneratedRepo[];
  /** Tokens and their permissions (default: `ghs_good` with every permission). */
  tokens?: Record<string, TokenGrant>;
  /** Share of API requests answered 502 (seeded). */
  errorRate?: number;
  /** Every n-th API request hits a secondary rate limit (403 with `retry-after: 1`). */
  secondaryEvery?: number;
  /** How that secondary limit answers: status, and `retry-after` (null: none, as GitHub sometimes does). */
  secondary?: { status?: 403 | 429; retryAfter?: string | null };
  /** A primary quota of `limit` requests per `windowSeconds`. */
  quota?: { limit: number; windowSeconds: number };
  seed?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

export interface GitHubApiServer {
  url: string;
  requests: LoggedRequest[];
  issues: Json[];
  /** From now on every API request fails with 503 (`down(false)` heals it). */
  down(on: boolean): void;
  /** Fail with 503 once this many more API requests have been answered. */
  failAfter(requests: number): void;
  close(): Promise<void>;
}

const iso = (s: number | null): string | null => (s === null ? null : new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));

function parseCreated(filter: string | null): (t: number) => boolean {
  if (!filter) return () => true;
  const at = (s: string): number => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s) / 1000;
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range) return (t) => t >= at(range[1] ?? '') && t <= at(range[2] ?? '');
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(filter);
  if (cmp) {
    const v = at(cmp[2] ?? '');
    return { '>=': (t: number) => t >= v, '<=': (t: number) => t <= v, '>': (t: number) => t > v, '<': (t: number) => t < v }[
      cmp[1] as '>='
    ];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(filter)) return (t) => iso(t)?.slice(0, 10) === filter;
  return () => false;
}

function zipOf(artifact: GenArtifact): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = archiver('zip', { zlib: { level: 6 } });
    const chunks: Buffer[] = [];
    archive.on('data', (c: Buffer) => chunks.push(c));
    archive.on('end', () => resolve(Buffer.concat(chunks)));
    archive.on('error', reject);
    const files = Object.keys(artifact.files).length > 0 ? artifact.files : { 'report.xml': '<testsuites/>' };
    for (const [name, text] of Object.entries(files)) archive.append(text, { name });
    void archive.finalize();
  });
}

/** Starts the server on 127.0.0.1 (a free port). */
export async function startGitHubApi(options: GitHubApiOptions): Promise<GitHubApiServer> {
  const all = [...(options.repo ? [options.repo] : []), ...(options.repos ?? [])];
  const tokens = options.tokens ?? { ghs_good: { actions: true, deployments: true, contents: true, issues: true } };
  const random = seededRandom(options.seed ?? 7);
  const requests: LoggedRequest[] = [];
  const issues: Json[] = [];
  let base = '';
  let apiCount = 0;
  let downAt = Infinity;
  let quotaWindow = Math.floor(Date.now() / 1000);
  let quotaUsed = 0;
  const indexes = new Map(
    all.map((repo) => {
      const artifactsById = new Map<number, { run: GenRun; artifact: GenArtifact }>();
      for (const run of repo.runs) for (const a of run.artifacts) artifactsById.set(a.id, { run, artifact: a });
      return [
        String(`${repo.owner}/${repo.name}`),
        {
          repo,
          runsById: new Map(repo.runs.map((r) => [r.id, r])),
          artifactsById,
          zips: new Map<number, Promise<Buffer>>(),
          commitIndex: new Map(repo.commits.map((c, i) => [c.sha, i])),
        },
      ] as const;
    }),
  );
  type Index = NonNullable<ReturnType<typeof indexes.get>>;
  let current: Index = [...indexes.values()][0] as Index;
  let repo: GeneratedRepo = current.repo;
  let full = `${repo.owner}/${repo.name}`;
  const select = (name: string): boolean => {
    const found = indexes.get(name);
    if (!found) return false;
    current = found;
    repo = found.repo;
    full = name;
    return true;
  };

  const runJson = (r: GenRun): Json => ({
    ...TEMPLATES.run,
    id: r.id,
    name: r.workflow,
    path: r.workflow === 'CI' ? '.github/workflows/ci.yml' : '.github/workflows/deploy.yml',
    head_branch: r.branch,
    head_sha: r.sha,
    run_number: r.id - 4_999_000,
    event: r.event,
    display_title: `${r.workflow} on ${r.branch}`,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflowId,
    url: `${base}/repos/${full}/actions/runs/${r.id}`,
    html_url: `https://github.com/${full}/actions/runs/${r.id}`,
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    run_attempt: r.attempt,
    run_started_at: iso(r.runStartedAt),
    jobs_url: `${base}/repos/${full}/actions/runs/${r.id}/jobs`,
    artifacts_url: `${base}/repos/${full}/actions/runs/${r.id}/artifacts`,
  });
  const jobJson = (r: GenRun, j: GenJob): Json => ({
    ...TEMPLATES.job,
    id: j.id,
    run_id: r.id,
    run_attempt: j.attempt,
    head_sha: r.sha,
    url: `${base}/repos/${full}/actions/jobs/${j.id}`,
    status: j.status,
    conclusion: j.conclusion,
    created_at: iso(j.createdAt),
    started_at: iso(j.startedAt),
    completed_at: iso(j.completedAt),
    name: j.name,
    workflow_name: r.workflow,
    head_branch: r.branch,
    labels: ['ubuntu-latest'],
    steps: j.steps.map((s, i) => ({
      name: s.name,
      status: 'completed',
      conclusion: s.conclusion,
      number: i + 1,
      started_at: iso(s.startedAt),
      completed_at: iso(s.completedAt),
    })),
  });
  const artifactJson = (r: GenRun, a: GenArtifact): Json => ({
    ...TEMPLATES.artifact,
    id: a.id,
    name: a.name,
    size_in_bytes: 600,
    url: `${base}/repos/${full}/actions/artifacts/${a.id}`,
    archive_download_url: `${base}/repos/${full}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: iso(r.updatedAt),
    workflow_run: { id: r.id, repository_id: 1296269, head_repository_id: 1296269, head_branch: r.branch, head_sha: r.sha },
  });
  const deploymentJson = (d: GenDeployment): Json => ({
    ...TEMPLATES.deployment,
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    environment: d.environment,
    original_environment: d.environment,
    production_environment: d.production,
    created_at: iso(d.createdAt),
    updated_at: iso(d.statuses[d.statuses.length - 1]?.createdAt ?? d.createdAt),
    url: `${base}/repos/${full}/deployments/${d.id}`,
    statuses_url: `${base}/repos/${full}/deployments/${d.id}/statuses`,
  });
  const commitJson = (sha: string, at: number): Json => {
    const c = structuredClone(TEMPLATES.commit) as Json & { commit: Json & { author: Json; committer: Json } };
    return {
      ...c,
      sha,
      url: `${base}/repos/${full}/commits/${sha}`,
      commit: { ...c.commit, author: { ...c.commit.author, date: iso(at) }, committer: { ...c.commit.committer, date: iso(at) } },
    };
  };

  /** Answers one page of a list, with GitHub's `Link` header; `cap` limits reachable results. */
  const page = <T>(url: URL, items: readonly T[], cap = Infinity): { items: T[]; link: string | undefined } => {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const reachable = Math.min(items.length, cap);
    const last = Math.max(1, Math.ceil(reachable / perPage));
    const slice = (pageNo - 1) * perPage >= reachable ? [] : items.slice((pageNo - 1) * perPage, Math.min(pageNo * perPage, reachable));
    const at = (n: number): string => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(n));
      if (!u.searchParams.has('per_page')) u.searchParams.set('per_page', String(perPage));
      return `${base}${u.pathname}${u.search}`;
    };
    const rels: string[] = [];
    if (pageNo < last) rels.push(`<${at(pageNo + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (pageNo > 1) rels.push(`<${at(1)}>; rel="first"`, `<${at(pageNo - 1)}>; rel="prev"`);
    return { items: slice, link: rels.length > 0 ? rels.join(', ') : undefined };
  };

  const send = (res: ServerResponse, req: IncomingMessage, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
    res.end(text);
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '', status });
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The blob store an artifact download redirects to: signed URL, no token needed.
    const blob = /^\/_blobs\/([^/]+\/[^/]+)\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
    if (blob) {
      if (!select(blob[1] ?? '')) return send(res, req, 404, { message: 'BlobNotFound' });
      const { artifactsById, zips } = current;
      const found = artifactsById.get(Number(blob[2]));
      if (!found) return send(res, req, 404, { message: 'BlobNotFound' });
      let zip = zips.get(found.artifact.id);
      if (!zip) zips.set(found.artifact.id, (zip = zipOf(found.artifact)));
      const bytes = await zip;
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(bytes.length) });
      res.end(bytes);
      requests.push({ method: 'GET', path: url.pathname, status: 200 });
      return;
    }
    apiCount += 1;
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const grant = auth ? tokens[auth[1] ?? ''] : undefined;
    if (!grant)
      return send(res, req, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const now = Math.floor(Date.now() / 1000);
    const quotaHeaders = (): Record<string, string> => {
      // Without a quota: a large installation's hourly budget that this server never exhausts.
      if (!options.quota)
        return {
          'x-ratelimit-limit': '1000000',
          'x-ratelimit-remaining': String(1_000_000 - apiCount),
          'x-ratelimit-reset': String(now + 3600),
          'x-ratelimit-used': String(apiCount),
          'x-ratelimit-resource': 'core',
        };
      if (now >= quotaWindow + options.quota.windowSeconds) {
        quotaWindow = now;
        quotaUsed = 0;
      }
      return {
        'x-ratelimit-limit': String(options.quota.limit),
        'x-ratelimit-remaining': String(Math.max(0, options.quota.limit - quotaUsed)),
        'x-ratelimit-reset': String(quotaWindow + options.quota.windowSeconds),
        'x-ratelimit-used': String(quotaUsed),
        'x-ratelimit-resource': 'core',
      };
    };
    if (options.quota) {
      const h = quotaHeaders();
      if (quotaUsed >= options.quota.limit)
        return send(
          res,
          req,
          403,
          {
            message: 'API rate limit exceeded for installation.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
          h,
        );
      quotaUsed += 1;
    }
    const headers = quotaHeaders();
    if (apiCount >= downAt) return send(res, req, 503, { message: 'Service Unavailable' }, headers);
    if (options.secondaryEvery && apiCount % options.secondaryEvery === 0) {
      const retryAfter = options.secondary?.retryAfter === undefined ? '1' : options.secondary.retryAfter;
      return send(
        res,
        req,
        options.secondary?.status ?? 403,
        {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
        retryAfter === null ? headers : { ...headers, 'retry-after': retryAfter },
      );
    }
    if (options.errorRate && random() < options.errorRate) return send(res, req, 502, { message: 'Server Error' }, headers);
    const deny = (permission: string): void =>
      send(
        res,
        req,
        403,
        { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
        { ...headers, 'x-accepted-github-permissions': permission },
      );
    const ok = (body: unknown, extra: Record<string, string | undefined> = {}): void =>
      send(res, req, 200, body, {
        ...headers,
        ...(Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as Record<string, string>),
      });
    const notFound = (): void =>
      send(res, req, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }, headers);

    const org = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (org && req.method === 'GET') {
      const owned = all.filter((r) => r.owner === org[1]);
      if (owned.length === 0) return notFound();
      const p = page(
        url,
        owned.map((r, i) => ({
          id: 1_000 + i,
          name: r.name,
          full_name: `${r.owner}/${r.name}`,
          archived: false,
          default_branch: r.defaultBranch,
        })),
      );
      return ok(p.items, { link: p.link });
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!m || !select(`${m[1]}/${m[2]}`)) return notFound();
    const { runsById, artifactsById, commitIndex } = current;
    const rest = m[3] ?? '';
    if (req.method === 'POST' && rest === '/issues') {
      if (!grant.issues) return deny('issues=write');
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json;
      const created = {
        number: issues.length + 1,
        title: body['title'],
        body: body['body'],
        labels: body['labels'],
        state: 'open',
        html_url: `https://github.com/${full}/issues/${issues.length + 1}`,
      };
      issues.push(created);
      return send(res, req, 201, created, headers);
    }
    if (req.method !== 'GET') return notFound();
    if (rest === '') return ok({ id: 1296269, name: repo.name, full_name: full, private: false, default_branch: repo.defaultBranch });
    if (rest === '/issues') {
      if (!grant.issues) return deny('issues=read');
      const label = url.searchParams.get('labels');
      return ok(issues.filter((i) => i['state'] === 'open' && (!label || (i['labels'] as string[]).includes(label))));
    }
    if (rest.startsWith('/actions/') && !grant.actions) return deny('actions=read');
    if (rest.startsWith('/deployments') && !grant.deployments) return deny('deployments=read');
    if ((rest.startsWith('/compare/') || rest.startsWith('/commits/')) && !grant.contents) return deny('contents=read');
    if (rest === '/actions/runs') {
      const inRange = parseCreated(url.searchParams.get('created'));
      const status = url.searchParams.get('status');
      const matched = repo.runs
        .filter((r) => inRange(r.createdAt) && (!status || r.status === status || r.conclusion === status))
        .reverse();
      // Filtered lists stop at 1,000 results; total_count still tells the truth.
      const filtered = [...url.searchParams.keys()].some((k) => ['created', 'status', 'branch', 'event', 'actor', 'head_sha'].includes(k));
      const p = page(url, matched, filtered ? 1000 : Infinity);
      return ok({ total_count: matched.length, workflow_runs: p.items.map(runJson) }, { link: p.link });
    }
    let x = /^\/actions\/runs\/(\d+)\/(jobs|artifacts)$/.exec(rest);
    if (x) {
      const run = runsById.get(Number(x[1]));
      if (!run) return notFound();
      if (x[2] === 'jobs') {
        const jobs = url.searchParams.get('filter') === 'all' ? run.jobs : run.jobs.filter((j) => j.attempt === run.attempt);
        const p = page(url, jobs);
        return ok({ total_count: jobs.length, jobs: p.items.map((j) => jobJson(run, j)) }, { link: p.link });
      }
      const p = page(url, run.artifacts);
      return ok({ total_count: run.artifacts.length, artifacts: p.items.map((a) => artifactJson(run, a)) }, { link: p.link });
    }
    x = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest);
    if (x) {
      const found = artifactsById.get(Number(x[1]));
      if (!found) return notFound();
      if (found.artifact.expired) return send(res, req, 410, { message: 'Artifact has expired' }, headers);
      res.writeHead(302, {
        ...headers,
        location: `${base}/_blobs/${full}/artifacts/${found.artifact.id}.zip?sig=${found.artifact.id.toString(36)}`,
      });
      res.end();
      requests.push({ method: 'GET', path: req.url ?? '', status: 302 });
      return;
    }
    if (rest === '/deployments') {
      const list = [...repo.deployments].reverse();
      const p = page(url, list);
      return ok(p.items.map(deploymentJson), { link: p.link });
    }
    x = /^\/deployments\/(\d+)\/statuses$/.exec(rest);
    if (x) {
      const d = repo.deployments.find((dep) => dep.id === Number(x?.[1]));
      if (!d) return notFound();
      const list = [...d.statuses].reverse();
      const p = page(url, list);
      return ok(
        p.items.map((s) => ({
          ...TEMPLATES.status,
          id: s.id,
          state: s.state,
          environment: d.environment,
          created_at: iso(s.createdAt),
          updated_at: iso(s.createdAt),
          deployment_url: `${base}/repos/${full}/deployments/${d.id}`,
        })),
        { link: p.link },
      );
    }
    x = /^\/compare\/([0-9a-f]{7,40})\.\.\.([0-9a-f]{7,40})$/.exec(rest);
    if (x) {
      const a = commitIndex.get(x[1] ?? '');
      const b = commitIndex.get(x[2] ?? '');
      if (a === undefined || b === undefined) return notFound();
      const commits = repo.commits.slice(a + 1, b + 1);
      const p = page(url, commits);
      return ok(
        {
          ...TEMPLATES.compare,
          status: 'ahead',
          ahead_by: commits.length,
          behind_by: 0,
          total_commits: commits.length,
          commits: p.items.map((c) => commitJson(c.sha, c.at)),
          files: [],
        },
        { link: p.link },
      );
    }
    x = /^\/commits\/([0-9a-f]{40})$/.exec(rest);
    if (x) {
      const i = commitIndex.get(x[1] ?? '');
      const c = i === undefined ? undefined : repo.commits[i];
      return c ? ok(commitJson(c.sha, c.at)) : notFound();
    }
    return notFound();
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (process.env['GITHUB_API_DEBUG']) console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    issues,
    down: (on) => void (downAt = on ? apiCount : Infinity),
    failAfter: (n) => void (downAt = apiCount + n),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
