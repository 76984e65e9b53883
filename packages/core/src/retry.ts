// The one retry policy of the suite: bounded attempts, exponential backoff with full jitter,
// and a server's `retry-after` honoured up to a cap. Every network client uses it (the OCI
// client, the GitHub API client, the cache stores), so "how hard do we try" has one answer.

/** How many times to try and how long to wait between tries. */
export interface RetryPolicy {
  /** Tries in all, the first included (at least 1). */
  attempts: number;
  /** The first backoff's ceiling; each later one doubles, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest `retry-after` waited for; a longer one ends the retries at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 15_000, maxRetryAfterMs: 120_000 };

/** No retries: one try, for calls that must not be repeated. */
export const NO_RETRY: RetryPolicy = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };

/**
 * The wait a `retry-after` header asks for, in milliseconds: delay-seconds or an HTTP date
 * (RFC 9110 §10.2.3). Absent or unreadable gives undefined.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return undefined;
  return Math.max(0, at - nowMs);
}

/** The backoff before try `attempt + 1` (attempt counts from 1): full jitter below base × 2^(attempt-1). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** What a failed try means: retry (after the server's wait, if it gave one), or stop. */
export type RetryVerdict = { retry: false } | { retry: true; reason: string; waitMs?: number };

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Told before each wait (to log "retrying in 2 s: 503 from ..."). */
  onRetry?: (info: { attempt: number; waitMs: number; reason: string }) => void;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `op` until `judge` says its outcome needs no retry, or the attempts run out. `judge`
 * sees either the value or the error of each try; after the last try the value is returned
 * and the error rethrown as they are, so callers keep their own error handling.
 */
export async function withRetry<T>(
  op: (attempt: number) => Promise<T>,
  judge: (outcome: { value: T } | { error: unknown }) => RetryVerdict,
  policy: RetryPolicy = DEFAULT_RETRY,
  hooks: RetryHooks = {},
): Promise<T> {
  const wait = hooks.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = { value: await op(attempt) };
    } catch (error) {
      outcome = { error };
    }
    const verdict = judge(outcome);
    const last = attempt >= Math.max(1, policy.attempts);
    if (!verdict.retry || last) {
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    }
    if (verdict.waitMs !== undefined && verdict.waitMs > policy.maxRetryAfterMs) {
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    }
    const waitMs = Math.max(verdict.waitMs ?? 0, backoffDelay(attempt, policy, hooks.random));
    hooks.onRetry?.({ attempt, waitMs, reason: verdict.reason });
    await wait(waitMs);
  }
}

/** The options of the `retry` package (promise-retry), which sigstore-js and tuf-js take. */
export interface PromiseRetryOptions {
  retries: number;
  factor: number;
  minTimeout: number;
  maxTimeout: number;
  randomize: boolean;
}

/**
 * The suite's retry policy for clients built on promise-retry: the same tries, and waits drawn
 * from the same range as backoffDelay (half the ceiling to the ceiling, doubling each time).
 */
export function promiseRetryOptions(policy: RetryPolicy = DEFAULT_RETRY): PromiseRetryOptions {
  return {
    retries: Math.max(0, policy.attempts - 1),
    factor: 2,
    minTimeout: policy.baseDelayMs / 2,
    maxTimeout: policy.maxDelayMs,
    randomize: true,
  };
}
