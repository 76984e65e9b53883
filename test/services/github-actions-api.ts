// A local HTTP server that answers like the GitHub REST API for a few action repositories: the
// endpoints the online workflow audits read (repository, git refs with annotated tags, tags and
// branches with pagination, compare, global advisories), with GitHub's status codes (404 for
// unknown repositories, refs and commits; 401 without the token). Loopback only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One repository: its refs, which commits each branch's history holds, and commits only forks have. */
export interface FakeRepo {
  archived?: boolean;
  branches: Record<string, string[]>;
  /** Tag name to commit; a tag listed in `annotated` is an annotated tag object. */
  tags: Record<string, string>;
  annotated?: string[];
}

export interface FakeAdvisory {
  ghsa_id: string;
  cve_id: string | null;
  summary: string;
  severity: string;
  vulnerabilities: {
    package: { ecosystem: string; name: string };
    vulnerable_version_range: string;
    first_patched_version: string | null;
  }[];
}

/** An answer given instead of the real one (a rate limit), to the next request that reaches the server. */
export interface CannedAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface FakeGitHub {
  url: string;
  requests: string[];
  /** Answers the next requests with these, in order, before answering normally again. */
  answerNext(answers: CannedAnswer[]): void;
  close(): Promise<void>;
}

/** Starts the fake API on 127.0.0.1 with the given repositories, advisories and token. */
export async function startFakeGitHub(state: {
  repos: Record<string, FakeRepo>;
  advisories: FakeAdvisory[];
  token: string;
}): Promise<FakeGitHub> {
  const requests: string[] = [];
  const canned: CannedAnswer[] = [];
  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-remaining': '4999' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const next = canned.shift();
    if (next) {
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      return res.end(JSON.stringify(next.body));
    }
    if (req.headers.authorization !== `Bearer ${state.token}`) return send(res, 401, { message: 'Bad credentials' });
    const notFound = (): void => send(res, 404, { message: 'Not Found' });
    if (url.pathname === '/advisories') {
      const affects = url.searchParams.get('affects')?.toLowerCase();
      if (url.searchParams.get('ecosystem') !== 'actions') return send(res, 200, []);
      return send(
        res,
        200,
        state.advisories.filter((a) => a.vulnerabilities.some((v) => v.package.name.toLowerCase() === affects)),
      );
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!m) return notFound();
    const slug = `${decodeURIComponent(m[1] ?? '')}/${decodeURIComponent(m[2] ?? '')}`.toLowerCase();
    const repo = state.repos[slug];
    if (!repo) return notFound();
    const rest = m[3] ?? '';
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Number(url.searchParams.get('per_page') ?? '30');
    const paged = (items: { name: string; commit: { sha: string } }[]): void =>
      send(res, 200, items.slice((page - 1) * perPage, page * perPage));
    const tagObject = (name: string): string => `a${(repo.tags[name] ?? '').slice(1)}`;
    if (rest === '') return send(res, 200, { full_name: slug, archived: repo.archived ?? false });
    if (rest === '/tags') return paged(Object.entries(repo.tags).map(([name, sha]) => ({ name, commit: { sha } })));
    if (rest === '/branches')
      return paged(Object.entries(repo.branches).map(([name, shas]) => ({ name, commit: { sha: shas[shas.length - 1] ?? '' } })));
    let r = /^\/git\/ref\/(heads|tags)\/(.+)$/.exec(rest);
    if (r) {
      const name = decodeURIComponent(r[2] ?? '');
      if (r[1] === 'heads') {
        const shas = repo.branches[name];
        return shas ? send(res, 200, { ref: `refs/heads/${name}`, object: { sha: shas[shas.length - 1], type: 'commit' } }) : notFound();
      }
      const sha = repo.tags[name];
      if (!sha) return notFound();
      const annotated = repo.annotated?.includes(name);
      return send(res, 200, {
        ref: `refs/tags/${name}`,
        object: annotated ? { sha: tagObject(name), type: 'tag' } : { sha, type: 'commit' },
      });
    }
    r = /^\/git\/tags\/([0-9a-f]{40})$/.exec(rest);
    if (r) {
      const name = (repo.annotated ?? []).find((t) => tagObject(t) === r?.[1]);
      return name ? send(res, 200, { sha: r[1], object: { sha: repo.tags[name], type: 'commit' } }) : notFound();
    }
    r = /^\/compare\/(.+)\.\.\.([0-9a-f]{40})$/.exec(rest);
    if (r) {
      const history = repo.branches[decodeURIComponent(r[1] ?? '')];
      if (!history) return notFound();
      const head = r[2] ?? '';
      if (history[history.length - 1] === head) return send(res, 200, { status: 'identical' });
      if (history.includes(head)) return send(res, 200, { status: 'behind' });
      // GitHub answers a commit of the fork network as diverged; one it does not know at all is 404.
      return head.startsWith('f') ? send(res, 200, { status: 'diverged' }) : notFound();
    }
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerNext: (answers) => void canned.push(...answers),
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
