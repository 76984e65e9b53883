import { STATUS_CODES } from 'node:http';
import {
  backoffDelay,
  nodeTransport,
  parseRetryAfter,
  requestWithPolicy,
  type BufferedResponse,
  type Deadlines,
  type RetryPolicy,
  type RetryVerdict,
  type Transport,
} from '@slipway/core';

/**
 * GitHub's rules for API clients, as the suite's one retry policy (core's requestWithPolicy)
 * configured for GitHub: give it to Octokit as `request.fetch`.
 *
 * - 5xx, 408 and dropped connections: retried with exponential backoff.
 * - A secondary rate limit (403 or 429 with `retry-after`, or whose message says so): waits as
 *   `retry-after` asks, and without it at least 60 s, doubling each time.
 * - The primary limit (`x-ratelimit-remaining: 0`): waits for `x-ratelimit-reset` when that is
 *   near enough, else answers at once so the collector stops and resumes later.
 * - Every request is tried at most `retry.attempts` times, whatever the reason.
 * - Below `reserve` requests left with the reset near, it waits for the reset before going on.
 */
export interface GitHubFetchOptions {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  log?: (message: string) => void;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  deadlines?: Partial<Deadlines>;
  /** Wait for the reset when fewer requests than this are left (default 50). */
  reserve?: number;
  /** How requests are sent (node:http unless given). */
  transport?: Transport;
}

/** How hard GitHub calls are tried: 5 tries, waits up to 5 minutes (a secondary limit's 60 s, doubled, fits twice). */
export const GITHUB_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 300_000 };

/** GitHub's guidance: a secondary limit without `retry-after` waits at least a minute. */
export const SECONDARY_MIN_WAIT_MS = 60_000;

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
  const retry: RetryPolicy = { ...GITHUB_RETRY, ...options.retry };
  const base = options.transport ?? nodeTransport;
  const reserve = options.reserve ?? 50;
  const counter: RequestCounter = { requests: 0 };
  const counted: Transport = (url, request, deadlines, signal) => {
    counter.requests += 1;
    return base(url, request, deadlines, signal);
  };
  const call = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' || input instanceof URL ? input : input.url;
    const what = `the GitHub API (${new URL(String(url)).pathname})`;
    let tries = 0;
    // A verdict to retry after a wait longer than the policy allows ends the tries here, so the
    // answer reaches the caller whole (its body names the limit).
    const bounded = (v: RetryVerdict): RetryVerdict => (v.retry && (v.waitMs ?? 0) > retry.maxRetryAfterMs ? { retry: false } : v);
    const judge = (response: BufferedResponse): RetryVerdict | undefined => {
      const v = judgeOnce(response);
      return v === undefined ? undefined : bounded(v);
    };
    const judgeOnce = (response: BufferedResponse): RetryVerdict | undefined => {
      tries += 1;
      const h = response.headers;
      const status = response.status;
      // The last try's answer goes back to the caller as it is (its message names the problem).
      if (tries >= retry.attempts) return { retry: false };
      if (status !== 403 && status !== 429) return undefined;
      const retryAfter = parseRetryAfter(h.get('retry-after'), options.now());
      const remaining = h.get('x-ratelimit-remaining');
      const reset = Number(h.get('x-ratelimit-reset'));
      if (retryAfter !== undefined) return { retry: true, reason: `a secondary rate limit (${status}, retry-after)`, waitMs: retryAfter };
      if (remaining === '0' && Number.isFinite(reset)) {
        return { retry: true, reason: `the rate limit is used up (${status})`, waitMs: Math.max(0, reset * 1000 - options.now()) + 1000 };
      }
      if (status === 429 || /secondary rate limit|abuse detection/i.test(response.body.toString('utf8'))) {
        const waitMs = Math.max(SECONDARY_MIN_WAIT_MS * 2 ** (tries - 1), backoffDelay(tries, retry, options.random));
        return { retry: true, reason: `a secondary rate limit (${status}) without retry-after`, waitMs };
      }
      return { retry: false };
    };
    const body = bodyOf(init?.body);
    // The whole answer is read within the deadlines (Octokit swallows an error while it reads a
    // body, so a stalled answer would reach its decoder as an empty text): a stall is a
    // NETWORK_TIMEOUT naming the peer. Redirects (an artifact's archive) are followed as fetch does.
    const response = await requestWithPolicy(
      url,
      { method: init?.method ?? 'GET', headers: requestHeaders(init?.headers), ...(body === undefined ? {} : { body }) },
      {
        what,
        retry,
        sleep: options.sleep,
        now: options.now,
        redirects: 5,
        ...(init?.signal ? { signal: init.signal } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.deadlines ? { deadlines: options.deadlines } : {}),
        judgeResponse: judge,
        transport: counted,
        onRetry: ({ attempt, waitMs, reason }) =>
          options.log?.(`GitHub API: ${reason} for ${what}; try ${attempt + 1} of ${retry.attempts} in ${Math.ceil(waitMs / 1000)} s`),
      },
    );
    const left = Number(response.headers.get('x-ratelimit-remaining') ?? NaN);
    const resetAt = Number(response.headers.get('x-ratelimit-reset') ?? NaN);
    if (response.ok && Number.isFinite(left) && Number.isFinite(resetAt) && left < reserve) {
      // Near the end of the quota with the reset close: wait for it rather than spend the last
      // requests (parallel requests in flight would otherwise run into the limit).
      const waitMs = Math.max(0, resetAt * 1000 - options.now()) + 1000;
      if (waitMs <= retry.maxRetryAfterMs) {
        options.log?.(`GitHub API: ${left} requests left in the quota; waiting ${Math.ceil(waitMs / 1000)} s for its reset`);
        await options.sleep(waitMs);
      }
    }
    return octokitAnswer(response);
  };
  Object.defineProperty(call, 'requests', { get: () => counter.requests });
  return call as typeof fetch & RequestCounter;
}
