import {
  backoffDelay,
  fetchWithPolicy,
  parseRetryAfter,
  readBody,
  type Deadlines,
  type RetryPolicy,
  type RetryVerdict,
} from '@slipway/core';

/**
 * GitHub's rules for API clients, as the suite's one retry policy (core's fetchWithPolicy)
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
  fetch?: typeof fetch;
}

/** How hard GitHub calls are tried: 5 tries, waits up to 5 minutes (a secondary limit's 60 s, doubled, fits twice). */
export const GITHUB_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 300_000 };

/** GitHub's guidance: a secondary limit without `retry-after` waits at least a minute. */
export const SECONDARY_MIN_WAIT_MS = 60_000;

/** Requests the fetch sent, retries included (the collector's "API requests" figure). */
export interface RequestCounter {
  requests: number;
}

const SECONDARY_MARK = 'x-slipway-secondary-limit';

/** A fetch for Octokit that follows GitHub's rate-limit rules within a bounded budget. */
export function githubFetch(options: GitHubFetchOptions): typeof fetch & RequestCounter {
  const retry: RetryPolicy = { ...GITHUB_RETRY, ...options.retry };
  const base = options.fetch ?? fetch;
  const reserve = options.reserve ?? 50;
  const counter: RequestCounter = { requests: 0 };
  // A 403/429 body is read here, so the judge can tell a secondary limit by its message.
  const marked: typeof fetch = async (input, init) => {
    counter.requests += 1;
    const response = await base(input, init);
    if (response.status !== 403 && response.status !== 429) return response;
    const text = await response.text();
    const headers = new Headers(response.headers);
    if (/secondary rate limit|abuse detection/i.test(text)) headers.set(SECONDARY_MARK, '1');
    const copy = new Response(text, { status: response.status, statusText: response.statusText, headers });
    Object.defineProperty(copy, 'url', { value: response.url });
    return copy;
  };
  const call = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input;
    const what = `the GitHub API (${new URL(String(url)).pathname})`;
    let tries = 0;
    // A verdict to retry after a wait longer than the policy allows ends the tries here, so the
    // answer reaches the caller whole (its body names the limit).
    const bounded = (v: RetryVerdict): RetryVerdict => (v.retry && (v.waitMs ?? 0) > retry.maxRetryAfterMs ? { retry: false } : v);
    const judge = (response: Response): RetryVerdict | undefined => {
      const v = judgeOnce(response);
      return v === undefined ? undefined : bounded(v);
    };
    const judgeOnce = (response: Response): RetryVerdict | undefined => {
      tries += 1;
      const h = response.headers;
      const status = response.status;
      // The last try's answer goes back to the caller with its body unread (its message names the problem).
      if (tries >= retry.attempts) return { retry: false };
      if (status !== 403 && status !== 429) return undefined;
      const retryAfter = parseRetryAfter(h.get('retry-after'), options.now());
      const remaining = h.get('x-ratelimit-remaining');
      const reset = Number(h.get('x-ratelimit-reset'));
      if (retryAfter !== undefined) return { retry: true, reason: `a secondary rate limit (${status}, retry-after)`, waitMs: retryAfter };
      if (remaining === '0' && Number.isFinite(reset)) {
        return { retry: true, reason: `the rate limit is used up (${status})`, waitMs: Math.max(0, reset * 1000 - options.now()) + 1000 };
      }
      if (h.get(SECONDARY_MARK) === '1' || status === 429) {
        const waitMs = Math.max(SECONDARY_MIN_WAIT_MS * 2 ** (tries - 1), backoffDelay(tries, retry, options.random));
        return { retry: true, reason: `a secondary rate limit (${status}) without retry-after`, waitMs };
      }
      return { retry: false };
    };
    const response = await fetchWithPolicy(url, init ?? {}, {
      what,
      retry,
      sleep: options.sleep,
      now: options.now,
      ...(options.random ? { random: options.random } : {}),
      ...(options.deadlines ? { deadlines: options.deadlines } : {}),
      judgeResponse: judge,
      fetch: marked,
      onRetry: ({ attempt, waitMs, reason }) =>
        options.log?.(`GitHub API: ${reason} for ${what}; try ${attempt + 1} of ${retry.attempts} in ${Math.ceil(waitMs / 1000)} s`),
    });
    // Octokit swallows an error while it reads a body (a stalled answer would reach the decoder
    // as an empty text): the body is read here, within the idle deadline, and a stall is a
    // NETWORK_TIMEOUT naming the peer.
    const whole = await wholeBody(response, what);
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
    return whole;
  };
  Object.defineProperty(call, 'requests', { get: () => counter.requests });
  return call as typeof fetch & RequestCounter;
}

/** The response with its body read to the end (GitHub's answers are pages of JSON and small archives). */
async function wholeBody(response: Response, what: string): Promise<Response> {
  if (response.body === null) return response;
  const bytes = await readBody(response, what);
  const copy = new Response(new Uint8Array(bytes), { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}
