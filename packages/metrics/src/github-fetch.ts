import { STATUS_CODES } from 'node:http';
import { githubRequest, nodeTransport, type BufferedResponse, type GitHubRequestOptions, type Transport } from '@slipway/core';

export { GITHUB_RETRY, SECONDARY_MIN_WAIT_MS } from '@slipway/core';

/**
 * A fetch for Octokit (`request.fetch`) over core's githubRequest: GitHub's rate-limit rules
 * within the suite's one retry policy, and a count of the requests sent.
 */
export type GitHubFetchOptions = Omit<GitHubRequestOptions, 'what' | 'signal' | 'redirects'>;

/** Requests the fetch sent, retries included (the collector's "API requests" figure). */
export interface RequestCounter {
  requests: number;
}

/** A request body Octokit hands its fetch: a JSON string for the few POSTs the collector makes. */
function bodyOf(body: RequestInit['body']): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  throw new TypeError('the GitHub client sends only string or byte bodies');
}

/** Request headers of a fetch call as one record of strings. */
function requestHeaders(headers: RequestInit['headers']): Record<string, string> {
  if (headers === undefined) return {};
  if (Array.isArray(headers)) return Object.fromEntries(headers.map(([k, v]) => [k ?? '', v ?? '']));
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    const out: Record<string, string> = {};
    (headers as Headers).forEach((v, k) => (out[k] = v));
    return out;
  }
  return { ...(headers as Record<string, string>) };
}

/**
 * The answer as Octokit reads a fetch Response (status, url, headers by name and as pairs, and
 * the body as text, JSON or bytes), built over a buffered answer. Not a Response: the global one
 * would make Node load its own copy of undici (about 60 ms and 16 MiB) for every collection.
 */
function octokitAnswer(answer: BufferedResponse): Response {
  const bytes = answer.body;
  const like = {
    ok: answer.ok,
    status: answer.status,
    statusText: STATUS_CODES[answer.status] ?? '',
    url: answer.url,
    redirected: false,
    headers: answer.headers,
    body: null,
    text: () => Promise.resolve(bytes.toString('utf8')),
    json: () => Promise.resolve(JSON.parse(bytes.toString('utf8')) as unknown),
    arrayBuffer: () => {
      // An ArrayBuffer of this realm holding a copy (a Buffer may share a larger pool).
      const copy = new ArrayBuffer(bytes.length);
      new Uint8Array(copy).set(bytes);
      return Promise.resolve(copy);
    },
  };
  return like as unknown as Response;
}

/** A fetch for Octokit that follows GitHub's rate-limit rules within a bounded budget. */
export function githubFetch(options: GitHubFetchOptions): typeof fetch & RequestCounter {
  const base = options.transport ?? nodeTransport;
  const counter: RequestCounter = { requests: 0 };
  const counted: Transport = (url, request, deadlines, signal) => {
    counter.requests += 1;
    return base(url, request, deadlines, signal);
  };
  const call = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' || input instanceof URL ? input : input.url;
    const body = bodyOf(init?.body);
    // The whole answer is read within the deadlines (Octokit swallows an error while it reads a
    // body, so a stalled answer would reach its decoder as an empty text): a stall is a
    // NETWORK_TIMEOUT naming the peer. Redirects (an artifact's archive) are followed as fetch does.
    const response = await githubRequest(
      url,
      { method: init?.method ?? 'GET', headers: requestHeaders(init?.headers), ...(body === undefined ? {} : { body }) },
      {
        ...options,
        what: `the GitHub API (${new URL(String(url)).pathname})`,
        redirects: 5,
        transport: counted,
        ...(init?.signal ? { signal: init.signal } : {}),
      },
    );
    return octokitAnswer(response);
  };
  Object.defineProperty(call, 'requests', { get: () => counter.requests });
  return call as typeof fetch & RequestCounter;
}
