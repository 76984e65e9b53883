import { UserError } from '@slipway/core';
import type { ApiResponse, GitHubApi } from './github-port.js';

/** What the client needs besides the API: the time, and where to log. */
export interface ClientOptions {
  /** Now, in milliseconds since the epoch. */
  now: () => number;
  log?: (message: string) => void;
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

/** GitHub's secondary rate limit still applied after every try (this is no permissions problem). */
export class SecondaryRateLimited extends UserError {
  constructor(what: string, status: number) {
    super(`GitHub's secondary rate limit (${status}) still applied to ${what} after every try`, {
      hint: 'what was collected so far is kept; run again later (fewer collectors at once help)',
    });
    this.name = 'SecondaryRateLimited';
  }
}

/** The API kept failing (5xx or no connection) after every retry. */
export class ApiUnavailable extends UserError {
  constructor(what: string, detail: string, cause?: unknown) {
    super(`The GitHub API did not answer ${what}: ${detail}`, { hint: 'what was collected so far is kept; run again to resume', cause });
    this.name = 'ApiUnavailable';
  }
}

/** Errors after which a collection keeps what it has and the next one resumes. */
export const isTransient = (e: unknown): boolean =>
  e instanceof ApiUnavailable || e instanceof RateLimitExhausted || e instanceof SecondaryRateLimited;

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
 * Reads GitHub's answers: 401/403/404 become errors that say which permission or name is
 * wrong, a rate limit is told apart from a permission, and 5xx or no connection (after the
 * retries `githubFetch` made) means the API is unavailable for now. Retrying is not done
 * here: the one retry policy sits in the fetch underneath.
 */
export class ApiClient {
  requests = 0;

  constructor(
    private readonly api: GitHubApi,
    private readonly options: ClientOptions,
  ) {}

  /** GET that must succeed; `what` names the resource in errors ("the workflow runs of o/r"). */
  async get(pathOrUrl: string, what: string): Promise<ApiResponse> {
    return this.check(await this.send(() => this.api.get(pathOrUrl), what), what);
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
    const { status, headers } = response;
    if (status >= 200 && status < 300) return response;
    const detail = message(response.data);
    if (status === 401) {
      throw new UserError(`GitHub rejected the token while reading ${what} (401 ${detail || 'Bad credentials'})`, {
        hint: 'pass a valid token: the github-token input, or GITHUB_TOKEN for the CLI',
      });
    }
    if (status === 403 || status === 429) {
      if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        throw new RateLimitExhausted(Number.isFinite(reset) ? reset : Math.ceil(this.options.now() / 1000) + 3600);
      }
      if (status === 429 || headers['retry-after'] !== undefined || /secondary rate limit|abuse detection/i.test(detail))
        throw new SecondaryRateLimited(what, status);
      const needed = headers['x-accepted-github-permissions'];
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
    if (status >= 500) throw new ApiUnavailable(what, `${status}${detail ? ` ${detail}` : ''} after every retry`);
    throw new UserError(`GitHub answered ${status} for ${what}${detail ? `: ${detail}` : ''}`);
  }

  private async send(call: () => Promise<ApiResponse>, what: string): Promise<ApiResponse> {
    this.requests += 1;
    try {
      return await call();
    } catch (error) {
      // The fetch underneath already retried; a network failure arrives as a UserError naming the peer.
      if (error instanceof UserError) throw new ApiUnavailable(what, error.message, error);
      throw error;
    }
  }
}
