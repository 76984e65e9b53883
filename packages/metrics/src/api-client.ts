import { UserError } from '@slipway/core';
import type { ApiResponse, GitHubApi } from './github-port.js';

/** How the client waits and how patient it is. */
export interface ClientOptions {
  /** Waits `ms` milliseconds (a port, so tests and benchmarks control time). */
  sleep: (ms: number) => Promise<void>;
  /** Now, in milliseconds since the epoch. */
  now: () => number;
  log?: (message: string) => void;
  /** Attempts per request on 5xx or a dropped connection (default 4). */
  attempts?: number;
  /** First back-off in ms, doubled per attempt (default 1000). */
  backoffMs?: number;
  /** Stop early when fewer requests than this are left in the quota and the reset is far (default 50). */
  reserve?: number;
  /** The longest the client waits for a quota reset before giving up for this time (default 300 s). */
  maxWaitSeconds?: number;
}

/** The quota ran out and the reset is further away than the client may wait: stop and resume later. */
export class RateLimitExhausted extends UserError {
  constructor(resetAt: number) {
    super(`The GitHub API rate limit is used up until ${new Date(resetAt * 1000).toISOString()}`, {
      hint: 'what was collected so far is kept; the next collection resumes from there',
    });
    this.name = 'RateLimitExhausted';
  }
}

/** The API kept failing (5xx or no connection) after every retry. */
export class ApiUnavailable extends UserError {
  constructor(what: string, detail: string) {
    super(`The GitHub API did not answer ${what}: ${detail}`, { hint: 'what was collected so far is kept; run again to resume' });
    this.name = 'ApiUnavailable';
  }
}

function message(data: unknown): string {
  return typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string' ? data.message : '';
}

/** The URL of `rel="next"` in a `Link` header. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m && m[2]?.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

/**
 * A GitHub client that is gentle on the API: it honours `retry-after` and the remaining
 * quota, retries server errors with back-off, and turns 401/403/404 into errors that say
 * which permission or name is wrong.
 */
export class ApiClient {
  requests = 0;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly reserve: number;
  private readonly maxWaitSeconds: number;

  constructor(
    private readonly api: GitHubApi,
    private readonly options: ClientOptions,
  ) {
    this.attempts = options.attempts ?? 4;
    this.backoffMs = options.backoffMs ?? 1000;
    this.reserve = options.reserve ?? 50;
    this.maxWaitSeconds = options.maxWaitSeconds ?? 300;
  }

  /** GET that must succeed; `what` names the resource in errors ("the workflow runs of o/r"). */
  async get(pathOrUrl: string, what: string): Promise<ApiResponse> {
    const response = await this.send(() => this.api.get(pathOrUrl), what);
    return this.check(response, what);
  }

  /** GET where 404 is an answer (`undefined`), not an error. */
  async getOptional(pathOrUrl: string, what: string): Promise<ApiResponse | undefined> {
    const response = await this.send(() => this.api.get(pathOrUrl), what);
    if (response.status === 404 || response.status === 410) return undefined;
    return this.check(response, what);
  }

  async post(path: string, body: Record<string, unknown>, what: string): Promise<ApiResponse> {
    return this.check(await this.send(() => this.api.post(path, body), what), what);
  }

  /** Every page of a list, following `Link: rel="next"`; `items` picks the list out of a page. */
  async *pages<T>(first: string, what: string, items: (data: unknown) => T[]): AsyncGenerator<{ items: T[]; data: unknown }> {
    let url: string | undefined = first;
    while (url) {
      const response = await this.get(url, what);
      yield { items: items(response.data), data: response.data };
      url = nextLink(response.headers['link']);
    }
  }

  private check(response: ApiResponse, what: string): ApiResponse {
    const { status } = response;
    if (status >= 200 && status < 300) return response;
    const detail = message(response.data);
    if (status === 401) {
      throw new UserError(`GitHub rejected the token while reading ${what} (401 ${detail || 'Bad credentials'})`, {
        hint: 'pass a valid token: the github-token input, or GITHUB_TOKEN for the CLI',
      });
    }
    if (status === 403) {
      const needed = response.headers['x-accepted-github-permissions'];
      throw new UserError(`The token may not read ${what} (403 ${detail || 'Forbidden'})`, {
        hint: needed
          ? `grant the job these permissions: ${needed.replace(/=/g, ': ').replace(/,/g, ', ')}`
          : 'grant the job `actions: read` and `deployments: read` (and `issues: write` to open issues)',
      });
    }
    if (status === 404) {
      throw new UserError(`GitHub answered 404 Not Found for ${what}`, {
        hint: 'check the OWNER/NAME spelling; a private repository also answers 404 to a token that cannot see it',
      });
    }
    throw new UserError(`GitHub answered ${status} for ${what}${detail ? `: ${detail}` : ''}`);
  }

  private async send(call: () => Promise<ApiResponse>, what: string): Promise<ApiResponse> {
    let last = '';
    for (let attempt = 1; ; attempt++) {
      let response: ApiResponse | undefined;
      try {
        this.requests += 1;
        response = await call();
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      if (response) {
        const wait = await this.quotaWait(response);
        if (wait === 'retry') continue;
        if (response.status < 500) return response;
        last = `${response.status} ${message(response.data)}`.trim();
      }
      if (attempt >= this.attempts) throw new ApiUnavailable(what, `${last} (after ${attempt} attempts)`);
      const delay = this.backoffMs * 2 ** (attempt - 1);
      this.options.log?.(`GitHub API: ${last} for ${what}; retrying in ${delay} ms`);
      await this.options.sleep(delay);
    }
  }

  /** Waits as the rate-limit headers ask; 'retry' when the request must be sent again. */
  private async quotaWait(response: ApiResponse): Promise<'retry' | 'go'> {
    const h = response.headers;
    const remaining = h['x-ratelimit-remaining'] === undefined ? undefined : Number(h['x-ratelimit-remaining']);
    const reset = h['x-ratelimit-reset'] === undefined ? undefined : Number(h['x-ratelimit-reset']);
    const limited = response.status === 429 || (response.status === 403 && (h['retry-after'] !== undefined || remaining === 0));
    if (limited && h['retry-after'] !== undefined) {
      // A secondary rate limit: GitHub says how long to back off.
      const seconds = Math.max(1, Number(h['retry-after']) || 1);
      if (seconds > this.maxWaitSeconds) throw new RateLimitExhausted(Math.ceil(this.options.now() / 1000) + seconds);
      this.options.log?.(`GitHub API: secondary rate limit; waiting ${seconds} s as retry-after asks`);
      await this.options.sleep(seconds * 1000);
      return 'retry';
    }
    if (remaining !== undefined && reset !== undefined && Number.isFinite(reset) && (limited || remaining < this.reserve)) {
      const waitMs = Math.max(0, reset * 1000 - this.options.now()) + 1000;
      if (waitMs > this.maxWaitSeconds * 1000) throw new RateLimitExhausted(reset);
      // Below the reserve with the reset near: wait for it rather than spend the last requests
      // (parallel requests in flight would otherwise run into the limit).
      this.options.log?.(`GitHub API: ${remaining} requests left in the quota; waiting ${Math.ceil(waitMs / 1000)} s for its reset`);
      await this.options.sleep(waitMs);
      return limited ? 'retry' : 'go';
    }
    return 'go';
  }
}
