// GitHub's rules for API clients, as the suite's one retry policy (requestWithPolicy) configured
// for GitHub. Every client of the GitHub REST API goes through githubRequest: the metrics
// collector (through Octokit) and the auditor's online checks.
import { requestWithPolicy, type BufferedRequest, type BufferedResponse, type Deadlines, type Transport } from './http.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy, type RetryVerdict } from './retry.js';

/** How hard GitHub calls are tried: 5 tries, waits up to 5 minutes (a secondary limit's 60 s, doubled, fits twice). */
export const GITHUB_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 300_000 };

/** GitHub's guidance: a secondary limit without `retry-after` waits at least a minute. */
export const SECONDARY_MIN_WAIT_MS = 60_000;

/**
 * - 5xx, 408 and dropped connections: retried with exponential backoff.
 * - A secondary rate limit (403 or 429 with `retry-after`, or whose message says so): waits as
 *   `retry-after` asks, and without it at least 60 s, doubling each time.
 * - The primary limit (`x-ratelimit-remaining: 0`): waits for `x-ratelimit-reset` when that is
 *   near enough, else answers at once so the caller can stop (and resume later).
 * - Every request is tried at most `retry.attempts` times, whatever the reason.
 * - Below `reserve` requests left with the reset near, it waits for the reset before going on.
 */
export interface GitHubRequestOptions {
  /** Named in errors and logs: "the GitHub API (/repos/o/r)". */
  what: string;
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
  signal?: AbortSignal;
  /** Redirects followed, as fetch follows them (an artifact's archive answers 302). */
  redirects?: number;
}

/** Whether a 403 or 429 is GitHub's rate limit, and how long it asks to wait; undefined for any other answer. */
function rateLimitVerdict(
  response: BufferedResponse,
  tries: number,
  retry: RetryPolicy,
  options: GitHubRequestOptions,
): RetryVerdict | undefined {
  const status = response.status;
  if (status !== 403 && status !== 429) return undefined;
  const h = response.headers;
  const retryAfter = parseRetryAfter(h.get('retry-after'), options.now());
  if (retryAfter !== undefined) return { retry: true, reason: `a secondary rate limit (${status}, retry-after)`, waitMs: retryAfter };
  const reset = Number(h.get('x-ratelimit-reset'));
  if (h.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset)) {
    return { retry: true, reason: `the rate limit is used up (${status})`, waitMs: Math.max(0, reset * 1000 - options.now()) + 1000 };
  }
  if (status === 429 || /secondary rate limit|abuse detection/i.test(response.body.toString('utf8'))) {
    const waitMs = Math.max(SECONDARY_MIN_WAIT_MS * 2 ** (tries - 1), backoffDelay(tries, retry, options.random));
    return { retry: true, reason: `a secondary rate limit (${status}) without retry-after`, waitMs };
  }
  // A plain 403 (a token without access) is the caller's to read.
  return { retry: false };
}

/** One call of the GitHub REST API, answered in memory, within GitHub's rate-limit rules and a bounded budget. */
export async function githubRequest(url: string | URL, request: BufferedRequest, options: GitHubRequestOptions): Promise<BufferedResponse> {
  const retry: RetryPolicy = { ...GITHUB_RETRY, ...options.retry };
  const reserve = options.reserve ?? 50;
  let tries = 0;
  const judge = (response: BufferedResponse): RetryVerdict | undefined => {
    tries += 1;
    // The last try's answer goes back to the caller as it is (its message names the problem).
    if (tries >= retry.attempts) return { retry: false };
    const verdict = rateLimitVerdict(response, tries, retry, options);
    // A wait longer than the policy allows ends the tries here, so the answer reaches the caller whole.
    return verdict?.retry && (verdict.waitMs ?? 0) > retry.maxRetryAfterMs ? { retry: false } : verdict;
  };
  const response = await requestWithPolicy(url, request, {
    what: options.what,
    retry,
    sleep: options.sleep,
    now: options.now,
    redirects: options.redirects ?? 0,
    judgeResponse: judge,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.deadlines ? { deadlines: options.deadlines } : {}),
    ...(options.transport ? { transport: options.transport } : {}),
    onRetry: ({ attempt, waitMs, reason }) =>
      options.log?.(`GitHub API: ${reason} for ${options.what}; try ${attempt + 1} of ${retry.attempts} in ${Math.ceil(waitMs / 1000)} s`),
  });
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
  return response;
}
