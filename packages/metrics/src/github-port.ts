import { networkError, UserError } from '@slipway/core';
/**
 * The small slice of the GitHub REST API the collector needs, as a port: the action and the
 * CLI plug Octokit in, and nothing in the engine knows about HTTP clients or tokens.
 */

/** An HTTP response; HTTP errors are responses too, only a failure to connect throws. */
export interface ApiResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON, or the bytes of a binary body (artifact archives). */
  data: unknown;
}

export interface GitHubApi {
  /** GET a path (`/repos/o/r/actions/runs?per_page=100`) or an absolute URL from a `Link` header. */
  get(pathOrUrl: string): Promise<ApiResponse>;
  /** POST a JSON body to a path. */
  post(path: string, body: Record<string, unknown>): Promise<ApiResponse>;
}

/** What Octokit's `request` function looks like, structurally (no import of Octokit here). */
export type OctokitRequest = (
  route: string,
  params: { url?: string; headers?: Record<string, string>; data?: unknown; request?: Record<string, unknown> } & Record<string, unknown>,
) => Promise<{ status: number; headers: Record<string, unknown>; data: unknown }>;

function headersOf(raw: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [k, v] of Object.entries(raw)) out[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v as string);
  }
  return out;
}

function normalize(response: { status: number; headers: Record<string, unknown>; data: unknown }): ApiResponse {
  return { status: response.status, headers: headersOf(response.headers), data: response.data };
}

/** The UserError (a network failure named by core's fetch policy) somewhere in an error's causes. */
function userErrorIn(error: unknown): UserError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof UserError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Octokit's RequestError carries the response. One without a response is a connection failure
 * that Octokit labels 500: it is rethrown as the network error it is, never read as "500".
 */
function fromError(error: unknown): ApiResponse {
  const network = userErrorIn(error);
  if (network) throw network;
  const hasResponse = typeof error === 'object' && error !== null && 'response' in error && error.response !== undefined;
  if (!hasResponse) {
    const cause: unknown = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : error;
    const url = (error as { request?: { url?: unknown } } | null)?.request?.url;
    throw networkError(cause ?? error, 'the GitHub API', typeof url === 'string' ? url : 'the API URL');
  }
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' && error.status > 0) {
    const response = 'response' in error && typeof error.response === 'object' && error.response !== null ? error.response : {};
    const headers = 'headers' in response ? response.headers : {};
    const data = 'data' in response ? response.data : undefined;
    return { status: error.status, headers: headersOf(headers), data };
  }
  throw error instanceof Error ? error : new Error(JSON.stringify(error));
}

/** Adapts Octokit's `request` (from `@actions/github`'s `getOctokit` or `@octokit/core`) to the port. */
export function octokitApi(request: OctokitRequest): GitHubApi {
  return {
    get: async (pathOrUrl) => {
      try {
        return normalize(await request('GET {+url}', { url: pathOrUrl }));
      } catch (error) {
        return fromError(error);
      }
    },
    post: async (path, body) => {
      try {
        return normalize(await request('POST {+url}', { url: path, data: body }));
      } catch (error) {
        return fromError(error);
      }
    },
  };
}
