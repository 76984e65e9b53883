import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { errorCodes, UserError } from './errors.js';
import { DEFAULT_RETRY, parseRetryAfter, withRetry, type RetryHooks, type RetryPolicy, type RetryVerdict } from './retry.js';

// Every HTTP call of the suite goes through fetchWithPolicy (or requestWithPolicy, its buffered
// form on node:http): a deadline for the answer to begin (connect plus headers), a deadline for
// silence while the body streams, a deadline for the whole answer of one try (a peer that drips
// a byte now and then never trips the silence deadline), an optional overall deadline, and the
// suite's one retry policy. A peer that accepts the connection and never answers, or never
// finishes, ends as a NETWORK_TIMEOUT error instead of a stuck job.

/** How long a call may take. */
export interface Deadlines {
  /** From sending the request to the response's headers (covers connect and TLS). */
  firstByteMs: number;
  /** The longest silence while the body streams. */
  idleMs: number;
  /** One try from sending the request to the body's last byte, however steadily the bytes come. */
  answerMs: number;
  /** All tries together, waits included; unset means at most attempts × answerMs plus the waits. */
  totalMs?: number;
}

export const DEFAULT_DEADLINES: Deadlines = { firstByteMs: 30_000, idleMs: 30_000, answerMs: 300_000 };

/**
 * The environment variable that lowers every network deadline of the suite to this many
 * seconds: a CI that prefers failing fast on a stalled service, and the fault tests.
 */
export const NETWORK_TIMEOUT_VARIABLE = 'SLIPWAY_NETWORK_TIMEOUT';

/** The cap SLIPWAY_NETWORK_TIMEOUT sets, in milliseconds; undefined when unset. A malformed value is an error naming it. */
export function networkTimeoutCap(env: Record<string, string | undefined> = process.env): number | undefined {
  const raw = env[NETWORK_TIMEOUT_VARIABLE];
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!(seconds > 0) || seconds > 86_400) {
    throw new UserError(`${NETWORK_TIMEOUT_VARIABLE} must be a number of seconds above 0 (at most 86400); got '${raw}'`, {
      code: errorCodes.usage,
    });
  }
  return Math.round(seconds * 1000);
}

/** A client's own deadline in milliseconds, lowered to SLIPWAY_NETWORK_TIMEOUT when that is shorter (for clients that cannot use fetchWithPolicy). */
export function networkDeadlineMs(defaultMs: number, env: Record<string, string | undefined> = process.env): number {
  const cap = networkTimeoutCap(env);
  return cap === undefined ? defaultMs : Math.min(defaultMs, cap);
}

function capped(deadlines: Deadlines): Deadlines {
  const cap = networkTimeoutCap();
  if (cap === undefined) return deadlines;
  return {
    ...deadlines,
    firstByteMs: Math.min(deadlines.firstByteMs, cap),
    idleMs: Math.min(deadlines.idleMs, cap),
    answerMs: Math.min(deadlines.answerMs, cap),
  };
}

/** Statuses worth another try: timeouts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

export interface FetchPolicy extends RetryHooks {
  /** Named in errors: "the cache service", "registry 127.0.0.1:5000". */
  what: string;
  deadlines?: Partial<Deadlines>;
  retry?: RetryPolicy;
  /** Extra retry rules for a protocol (GitHub's secondary rate limit answers 403); return undefined to use the default. */
  judgeResponse?: (response: Response) => RetryVerdict | undefined;
  /** Request bodies must be replayable for retries: strings, buffers, or a factory. */
  body?: () => RequestInit['body'] | undefined;
  fetch?: typeof fetch;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved now',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer came in time',
  UND_ERR_BODY_TIMEOUT: 'the answer stalled',
};

/** A deadline passed; carried as the abort reason so it can be told from other aborts. */
class DeadlineExceeded extends Error {
  constructor(
    readonly phase: 'first byte' | 'idle' | 'answer' | 'total',
    readonly ms: number,
  ) {
    super(
      phase === 'answer'
        ? `the answer did not finish within ${ms / 1000} s`
        : `no ${phase === 'first byte' ? 'answer' : phase === 'idle' ? 'data' : 'result'} within ${ms / 1000} s`,
    );
    this.name = 'DeadlineExceeded';
  }
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  // Duck-typed: fetch's errors may come from another realm, where `instanceof Error` fails.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code in NETWORK_CODES) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Where a request went, without its query string (signed URLs carry secrets there). */
export function describeUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return String(url);
  }
}

/** Turns a fetch failure into a UserError with a stable code, naming the peer and the cause. */
export function networkError(error: unknown, what: string, url: string | URL): UserError {
  if (error instanceof UserError) return error;
  if (error instanceof DeadlineExceeded) {
    return new UserError(`${what} did not answer: ${error.message} (${describeUrl(url)})`, {
      code: errorCodes.networkTimeout,
      cause: error,
      hint: 'check that the service is up and reachable; the call is retried a few times before this error',
    });
  }
  const code = causeCode(error);
  const message =
    typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  const reason = code ? `${NETWORK_CODES[code]} (${code})` : message;
  return new UserError(`Cannot reach ${what} at ${describeUrl(url)}: ${reason}`, {
    code: code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' ? errorCodes.networkTimeout : errorCodes.networkUnreachable,
    cause: error,
    hint: 'check the URL, the network and that the service is running',
  });
}

/** Whether a library's failure (fetch, make-fetch-happen, undici, a socket) was a deadline passing, anywhere in its cause chain. */
export function isTimeoutFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { name?: unknown; code?: unknown; type?: unknown; message?: unknown };
    if (current instanceof DeadlineExceeded || e.name === 'TimeoutError') return true;
    // An AbortSignal.timeout() reason (a DOMException) that a library re-wrapped as `new Error(String(reason))`.
    if (typeof e.message === 'string' && /^TimeoutError: /.test(e.message)) return true;
    if (e.type === 'request-timeout' || e.type === 'body-timeout') return true;
    if (typeof e.code === 'string' && /^(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT)$/.test(e.code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A library client's network failure (one that makes its own HTTP calls, given our deadline and
 * retry policy) as a UserError naming the peer: NETWORK_TIMEOUT when a deadline of `deadlineMs`
 * passed, NETWORK_UNREACHABLE when the connection failed; undefined for any other error.
 */
export function libraryNetworkError(error: unknown, what: string, url: string | URL, deadlineMs: number): UserError | undefined {
  if (isTimeoutFailure(error)) {
    return new UserError(`${what} did not answer within ${deadlineMs / 1000} s (${describeUrl(url)})`, {
      code: errorCodes.networkTimeout,
      cause: error,
      hint: 'check that the service is up and reachable; the call is retried a few times before this error',
    });
  }
  return causeCode(error) === undefined ? undefined : networkError(error, what, url);
}

/** Parses a URL given by a user (a flag or an input); anything else is a usage error naming it. */
export function parseUserUrl(value: string, field: string, protocols: readonly string[] = ['http:', 'https:']): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${field}: '${value}' is not a URL`, {
      code: errorCodes.usage,
      hint: `give a full URL such as https://example.com`,
    });
  }
  if (!protocols.includes(url.protocol)) {
    throw new UserError(`${field}: '${value}' must use ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')}`, {
      code: errorCodes.usage,
    });
  }
  return url;
}

/**
 * Wraps a body stream so that a silence longer than `idleMs` aborts the request, and so does
 * the try's answer deadline (`answer`, already running since the request went out) while the
 * body is still unread: both timers end with the body.
 */
function idleGuard(
  body: ReadableStream<Uint8Array>,
  idleMs: number,
  answer: NodeJS.Timeout,
  abort: (reason: DeadlineExceeded) => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => abort(new DeadlineExceeded('idle', idleMs)), idleMs);
    timer.unref();
  };
  const stop = (): void => {
    clearTimeout(timer);
    clearTimeout(answer);
  };
  return new ReadableStream<Uint8Array>({
    start: arm,
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          stop();
          controller.close();
          return;
        }
        arm();
        controller.enqueue(value);
      } catch (error) {
        stop();
        controller.error(error);
      }
    },
    async cancel(reason) {
      stop();
      await reader.cancel(reason);
    },
  });
}

async function fetchOnce(
  url: string | URL,
  init: RequestInit,
  body: RequestInit['body'] | undefined,
  deadlines: Deadlines,
  outer: AbortSignal | undefined,
  doFetch: typeof fetch,
): Promise<Response> {
  const controller = new AbortController();
  const abort = (reason: unknown): void => controller.abort(reason);
  const onOuter = (): void => abort(outer?.reason);
  outer?.addEventListener('abort', onOuter, { once: true });
  const firstByte = setTimeout(() => abort(new DeadlineExceeded('first byte', deadlines.firstByteMs)), deadlines.firstByteMs);
  // Unref'd: a body the caller never reads must not hold the process open until it fires.
  const answer = setTimeout(() => abort(new DeadlineExceeded('answer', deadlines.answerMs)), deadlines.answerMs);
  answer.unref();
  try {
    const response = await doFetch(url, { ...init, ...(body === undefined ? {} : { body }), signal: controller.signal });
    clearTimeout(firstByte);
    if (!response.body) {
      clearTimeout(answer);
      return response;
    }
    const guarded = idleGuard(response.body, deadlines.idleMs, answer, abort);
    const wrapped = new Response(guarded, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(wrapped, 'url', { value: response.url });
    return wrapped;
  } catch (error) {
    clearTimeout(firstByte);
    clearTimeout(answer);
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
    throw reason instanceof DeadlineExceeded ? reason : error;
  } finally {
    outer?.removeEventListener('abort', onOuter);
  }
}

/** What the retry policy reads of an answer: its status and headers. */
export interface ResponseHead {
  status: number;
  headers: { get(name: string): string | null };
}

/**
 * The one policy around every HTTP call: the deadlines (SLIPWAY_NETWORK_TIMEOUT applied), an
 * overall deadline, retries of network failures and retryable statuses with backoff and
 * `retry-after`, and the failure after the last try as a UserError naming `what` and the URL.
 */
async function withCallPolicy<R extends ResponseHead>(
  url: string | URL,
  outer: AbortSignal | undefined,
  policy: RetryHooks & {
    what: string;
    deadlines?: Partial<Deadlines>;
    retry?: RetryPolicy;
    judgeResponse?: (response: R) => RetryVerdict | undefined;
  },
  attempt: (deadlines: Deadlines, signal: AbortSignal | undefined) => Promise<R>,
  drain: (response: R) => void,
): Promise<R> {
  const deadlines: Deadlines = capped({ ...DEFAULT_DEADLINES, ...policy.deadlines });
  const now = policy.now ?? Date.now;
  const total = deadlines.totalMs === undefined ? undefined : AbortSignal.timeout(deadlines.totalMs);
  const signal = total ? (outer ? AbortSignal.any([outer, total]) : total) : outer;
  const judge = (outcome: { value: R } | { error: unknown }): RetryVerdict => {
    if (total?.aborted) return { retry: false };
    if ('error' in outcome) {
      if (outer?.aborted) return { retry: false };
      const e = outcome.error;
      if (
        e instanceof DeadlineExceeded ||
        causeCode(e) !== undefined ||
        /fetch failed/.test(String((e as { message?: unknown } | undefined)?.message))
      ) {
        return { retry: true, reason: networkError(e, policy.what, url).message };
      }
      return { retry: false };
    }
    const response = outcome.value;
    const custom = policy.judgeResponse?.(response);
    if (custom) return custom;
    if (!isRetryableStatus(response.status)) return { retry: false };
    const waitMs = parseRetryAfter(response.headers.get('retry-after'), now());
    return { retry: true, reason: `${policy.what} answered ${response.status}`, ...(waitMs === undefined ? {} : { waitMs }) };
  };
  try {
    return await withRetry(
      () => attempt(deadlines, signal),
      (outcome) => {
        const verdict = judge(outcome);
        // Drain a response that will be retried, so its connection is freed.
        if (verdict.retry && 'value' in outcome) drain(outcome.value);
        return verdict;
      },
      policy.retry ?? DEFAULT_RETRY,
      policy,
    );
  } catch (error) {
    if (total?.aborted && !(error instanceof UserError))
      throw networkError(new DeadlineExceeded('total', deadlines.totalMs!), policy.what, url);
    throw networkError(error, policy.what, url);
  }
}

/**
 * fetch with deadlines and the suite's retry policy. Network failures, timeouts and
 * retryable statuses (408, 429, 5xx) are retried with backoff, honouring `retry-after`; the
 * last response is returned whatever its status (the caller reads 4xx its own way), and a
 * network failure after the last try is a UserError (NETWORK_TIMEOUT or NETWORK_UNREACHABLE)
 * naming `what` and the URL without its query.
 */
export async function fetchWithPolicy(url: string | URL, init: RequestInit, policy: FetchPolicy): Promise<Response> {
  const doFetch = policy.fetch ?? fetch;
  return withCallPolicy(
    url,
    init.signal ?? undefined,
    policy,
    (deadlines, signal) => {
      const body = policy.body ? policy.body() : (init.body ?? undefined);
      return fetchOnce(url, init, body, deadlines, signal, doFetch);
    },
    (response) => void response.body?.cancel().catch(() => undefined),
  );
}

/** A request whose body is in memory (so every retry sends it again). */
export interface BufferedRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** An answer read to its end. */
/** An answer's headers, read as fetch's Headers reads them: by name, or as lower-case [name, value] pairs. */
export interface AnswerHeaders {
  get(name: string): string | null;
  [Symbol.iterator](): Iterator<[string, string]>;
}

export interface BufferedResponse extends ResponseHead {
  headers: AnswerHeaders;
  ok: boolean;
  body: Buffer;
  url: string;
}

/** Sends one request and reads the whole answer within the deadlines; `signal` aborts it. */
export type Transport = (
  url: URL,
  request: BufferedRequest,
  deadlines: Pick<Deadlines, 'firstByteMs' | 'idleMs' | 'answerMs'>,
  signal: AbortSignal | undefined,
) => Promise<BufferedResponse>;

export interface RequestPolicy extends RetryHooks {
  /** Named in errors: "the results service". */
  what: string;
  deadlines?: Partial<Deadlines>;
  retry?: RetryPolicy;
  judgeResponse?: (response: BufferedResponse) => RetryVerdict | undefined;
  /** How the request is sent: nodeTransport unless given (a test wraps it to alter what goes out). */
  transport?: Transport;
  signal?: AbortSignal;
  /** Redirects followed, as fetch follows them (0, the default, returns a 3xx as it is); a longer chain is an error. */
  redirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The next request of a redirect, as fetch makes it: 303 (and 301 or 302 after a POST) becomes
 * a GET without a body; the authorization header is not sent to another origin.
 */
function redirected(from: URL, request: BufferedRequest, response: BufferedResponse): { url: URL; request: BufferedRequest } | undefined {
  const location = response.headers.get('location');
  if (!REDIRECTS.has(response.status) || location === null) return undefined;
  const url = new URL(location, from);
  const asGet = response.status === 303 || ((response.status === 301 || response.status === 302) && request.method === 'POST');
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).filter(([name]) => {
      const n = name.toLowerCase();
      if (n === 'authorization' && url.origin !== from.origin) return false;
      return !(asGet && (n === 'content-type' || n === 'content-length'));
    }),
  );
  return { url, request: asGet ? { method: request.method === 'HEAD' ? 'HEAD' : 'GET', headers } : { ...request, headers } };
}

/** Response headers as `get(name)`, the way fetch's Headers reads them (repeated values joined). */
function headerReader(headers: IncomingHttpHeaders): AnswerHeaders {
  const joined = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) joined.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }
  return { get: (name) => joined.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => joined.entries() };
}

/**
 * The transport of requestWithPolicy, on node:http and node:https. It does not touch fetch,
 * Request or Response: Node builds those on its own copy of undici, which costs a step about
 * 60 ms and 16 MiB to load, for the few small calls most steps make.
 */
export const nodeTransport: Transport = (url, request, deadlines, signal) =>
  new Promise<BufferedResponse>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      clearTimeout(answer);
      return true;
    };
    const fail = (error: Error): void => {
      if (!settle()) return;
      req.destroy();
      // The abort's own reason (the total deadline) when the signal ended the request.
      reject(signal?.aborted ? ((signal.reason as Error | undefined) ?? error) : error);
    };
    const arm = (phase: 'first byte' | 'idle', ms: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new DeadlineExceeded(phase, ms)), ms);
    };
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: request.method, headers, ...(signal ? { signal } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      arm('idle', deadlines.idleMs);
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        arm('idle', deadlines.idleMs);
      });
      res.on('error', fail);
      res.on('end', () => {
        if (!settle()) return;
        const status = res.statusCode ?? 0;
        resolve({
          status,
          ok: status >= 200 && status < 300,
          headers: headerReader(res.headers),
          body: Buffer.concat(chunks),
          url: url.href,
        });
      });
      res.on('close', () => {
        if (!res.complete) fail(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
      });
    });
    arm('first byte', deadlines.firstByteMs);
    // However steadily a peer drips bytes, the whole answer must come within answerMs (settle clears it).
    const answer = setTimeout(() => fail(new DeadlineExceeded('answer', deadlines.answerMs)), deadlines.answerMs);
    req.on('error', fail);
    req.end(body);
  });

/**
 * One HTTP call with a body in memory, answered in memory, under the same deadlines, retry
 * policy and errors as fetchWithPolicy; the last answer is returned whatever its status.
 */
export async function requestWithPolicy(url: string | URL, request: BufferedRequest, policy: RequestPolicy): Promise<BufferedResponse> {
  const transport = policy.transport ?? nodeTransport;
  const redirects = policy.redirects ?? 0;
  return withCallPolicy(
    url,
    policy.signal,
    policy,
    async (deadlines, signal) => {
      let hop = { url: new URL(url), request };
      for (let followed = 0; ; followed++) {
        const response = await transport(hop.url, hop.request, deadlines, signal);
        const next = redirects > 0 ? redirected(hop.url, hop.request, response) : undefined;
        if (!next) return response;
        // As fetch does: a chain longer than allowed, or one that leaves HTTP, is a failure, never an answer.
        if (followed >= redirects || !['http:', 'https:'].includes(next.url.protocol)) {
          const why = followed >= redirects ? `more than ${redirects} redirects` : `a redirect to ${next.url.protocol}`;
          throw new UserError(`${policy.what} answered with ${why} (${describeUrl(hop.url)})`, {
            code: errorCodes.networkStatus,
            hint: 'check the URL: the service sends the call on in a loop or off HTTP',
          });
        }
        hop = next;
      }
    },
    () => undefined,
  );
}

/** Reads a response body to the end within the call's idle deadline; a stall is a NETWORK_TIMEOUT naming the peer. */
export async function readBody(response: Response, what: string): Promise<Buffer> {
  try {
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    const reason =
      error instanceof DeadlineExceeded
        ? error
        : (error as { cause?: unknown }).cause instanceof DeadlineExceeded
          ? (error as { cause: DeadlineExceeded }).cause
          : error;
    throw networkError(reason, what, response.url);
  }
}
