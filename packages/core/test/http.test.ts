import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  backoffDelay,
  DEFAULT_RETRY,
  errorCodes,
  fetchWithPolicy,
  libraryNetworkError,
  networkDeadlineMs,
  networkTimeoutCap,
  parseRetryAfter,
  promiseRetryOptions,
  readBody,
  requestWithPolicy,
  UserError,
  type FetchPolicy,
} from '../src/index.js';

// A real HTTP server on loopback with the behaviours a client must survive.
let server: Server;
let base = '';
let other: Server;
let otherBase = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === '/silent') return; // accepts, never answers
    if (path === '/stall-body') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
      return; // then silence
    }
    if (path.startsWith('/drip')) {
      // Announces 1000 bytes and sends one every 50 ms: never silent for long, never done
      // (/drip-short sends all of its 5 bytes that way and ends).
      const total = path === '/drip-short' ? 5 : 1000;
      res.writeHead(200, { 'content-length': String(total) });
      let sent = 0;
      const tick = setInterval(() => {
        res.write('x');
        if (++sent === total) {
          clearInterval(tick);
          res.end();
        }
      }, 50);
      res.on('close', () => clearInterval(tick));
      return;
    }
    if (path === '/flaky') {
      if (n < 3) {
        res.writeHead(503, { 'retry-after': '0' });
        return res.end('busy');
      }
      return res.end('ok');
    }
    if (path === '/limited') {
      res.writeHead(429, { 'retry-after': '1' });
      return res.end();
    }
    if (path === '/long-wait') {
      res.writeHead(429, { 'retry-after': '3600' });
      return res.end();
    }
    if (path === '/echo') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => res.end(`${req.method} ${req.headers['content-length']} ${Buffer.concat(chunks).toString('utf8')}`));
      return;
    }
    if (path === '/to-other') {
      res.writeHead(302, { location: `${otherBase}/who` });
      return res.end();
    }
    if (path === '/to-same') {
      res.writeHead(307, { location: '/who' });
      return res.end();
    }
    if (path === '/see-other') {
      res.writeHead(303, { location: '/echo' });
      return res.end();
    }
    if (path === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (path === '/who') return res.end(`${req.method} ${req.headers.authorization ?? 'no authorization'}`);
    if (path === '/cut') {
      // Promises 100 bytes, sends 4, then closes the connection.
      res.writeHead(200, { 'content-length': '100' });
      res.write('part');
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (path === '/missing') {
      res.writeHead(404);
      return res.end();
    }
    res.end('hello');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Another origin (another port), where a redirect may send a call.
  other = createServer((req, res) => res.end(`${req.method} ${req.headers.authorization ?? 'no authorization'}`));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of [server, other]) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

const fast = { attempts: 3, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 2_000 };

async function failure(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

// The two forms of a call share one policy: fetch (streams, for clients that need a Response)
// and the buffered request on node:http (what the outcome records use). Each case runs on both.
interface Answer {
  status: number;
  text: () => Promise<string>;
}
type Call = (url: string, policy: Omit<FetchPolicy, 'body' | 'fetch' | 'judgeResponse'>) => Promise<Answer>;
const forms: [string, Call][] = [
  [
    'fetchWithPolicy',
    async (url, policy) => {
      const response = await fetchWithPolicy(url, {}, policy);
      return { status: response.status, text: async () => (await readBody(response, policy.what)).toString('utf8') };
    },
  ],
  [
    'requestWithPolicy',
    async (url, policy) => {
      const response = await requestWithPolicy(url, { method: 'GET' }, policy);
      return { status: response.status, text: () => Promise.resolve(response.body.toString('utf8')) };
    },
  ],
];

describe.each(forms)('%s', (form, call) => {
  beforeAll(() => hits.clear());

  it('ends a call to a peer that accepts and never answers with NETWORK_TIMEOUT, after the retries', async () => {
    const started = Date.now();
    const error = await failure(call(`${base}/silent`, { what: 'the cache service', deadlines: { firstByteMs: 200 }, retry: fast }));
    expect(error.code).toBe(errorCodes.networkTimeout);
    expect(error.message).toContain('the cache service did not answer');
    expect(hits.get('/silent')).toBe(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('lowers every deadline to SLIPWAY_NETWORK_TIMEOUT, so a silent peer ends in bounded time whatever the caller asked', async () => {
    process.env['SLIPWAY_NETWORK_TIMEOUT'] = '0.2';
    try {
      const error = await failure(call(`${base}/silent`, { what: 'the registry', retry: fast }));
      expect(error.code).toBe(errorCodes.networkTimeout);
      expect(error.message).toContain('no answer within 0.2 s');
    } finally {
      delete process.env['SLIPWAY_NETWORK_TIMEOUT'];
    }
  });

  it('ends a body that stalls after the headers', async () => {
    const error = await failure(
      call(`${base}/stall-body`, { what: 'the registry', deadlines: { idleMs: 200 }, retry: fast }).then((a) => a.text()),
    );
    expect(error.code).toBe(errorCodes.networkTimeout);
  });

  it('ends a try whose peer drips a byte now and then, never silent long enough for the idle deadline', async () => {
    const started = Date.now();
    const error = await failure(
      call(`${base}/drip`, { what: 'the registry', deadlines: { idleMs: 1_000, answerMs: 400 }, retry: fast }).then((a) => a.text()),
    );
    expect(error.code).toBe(errorCodes.networkTimeout);
    expect(error.message).toContain('the registry did not answer: the answer did not finish within 0.4 s');
    expect(error.message).toContain('/drip');
    // Each try is cut at its deadline, not left to run as long as the peer drips.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('keeps an answer that drips but finishes within the answer deadline', async () => {
    const answer = await call(`${base}/drip-short`, { what: 'the registry', deadlines: { idleMs: 1_000, answerMs: 3_000 }, retry: fast });
    expect(await answer.text()).toBe('xxxxx');
  });

  it('lowers the answer deadline to SLIPWAY_NETWORK_TIMEOUT too', async () => {
    process.env['SLIPWAY_NETWORK_TIMEOUT'] = '0.3';
    try {
      const error = await failure(call(`${base}/drip`, { what: 'the registry', retry: fast }).then((a) => a.text()));
      expect(error.code).toBe(errorCodes.networkTimeout);
      expect(error.message).toContain('the answer did not finish within 0.3 s');
    } finally {
      delete process.env['SLIPWAY_NETWORK_TIMEOUT'];
    }
  });

  it('ends the whole call at its total deadline, waits between tries included', async () => {
    const started = Date.now();
    const error = await failure(
      call(`${base}/silent`, { what: 'the registry', deadlines: { firstByteMs: 5_000, totalMs: 300 }, retry: fast }),
    );
    expect(error.code).toBe(errorCodes.networkTimeout);
    expect(error.message).toContain('no result within 0.3 s');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('retries 503 and returns the answer that follows', async () => {
    const answer = await call(`${base}/flaky`, { what: 'svc', retry: fast });
    expect(await answer.text()).toBe('ok');
    expect(hits.get('/flaky')).toBe(3);
  });

  it('honours retry-after and stops after the bounded attempts, returning the last answer', async () => {
    const waits: number[] = [];
    const answer = await call(`${base}/limited`, { what: 'svc', retry: fast, onRetry: ({ waitMs }) => waits.push(waitMs) });
    expect(answer.status).toBe(429);
    expect(hits.get('/limited')).toBe(3);
    expect(waits.every((w) => w >= 1000)).toBe(true);
  });

  it('does not wait an hour when a server asks for it', async () => {
    expect((await call(`${base}/long-wait`, { what: 'svc', retry: fast })).status).toBe(429);
    expect(hits.get('/long-wait')).toBe(1);
  });

  it('does not retry a 404', async () => {
    expect((await call(`${base}/missing`, { what: 'svc', retry: fast })).status).toBe(404);
    expect(hits.get('/missing')).toBe(1);
  });

  it('reports a refused connection as unreachable, naming the peer and not a status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(call(`http://127.0.0.1:${port}/x?sig=secret`, { what: 'the GitHub API', retry: fast }));
    expect(error.code).toBe(errorCodes.networkUnreachable);
    expect(error.message).toBe(`Cannot reach the GitHub API at http://127.0.0.1:${port}/x: the connection was refused (ECONNREFUSED)`);
  });

  if (form === 'requestWithPolicy') {
    it('sends the body again on every try, with its length, and reads a cut-off answer as a network failure', async () => {
      const answer = await requestWithPolicy(`${base}/echo`, { method: 'POST', body: 'payload' }, { what: 'svc', retry: fast });
      expect(answer.body.toString('utf8')).toBe('POST 7 payload');
      const error = await failure(requestWithPolicy(`${base}/cut`, { method: 'GET' }, { what: 'svc', retry: fast }));
      expect(error.code).toBe(errorCodes.networkUnreachable);
      expect(hits.get('/cut')).toBe(3);
    });

    it('follows redirects only when asked, as fetch does: the token stays on its origin, 303 turns into a GET', async () => {
      const auth = { authorization: 'Bearer t0ken' };
      const policy = { what: 'svc', retry: fast, redirects: 3 };
      const get = (path: string, p: typeof policy | { what: string }) =>
        requestWithPolicy(`${base}${path}`, { method: 'GET', headers: auth }, p).then((a) => `${a.status} ${a.body.toString('utf8')}`);
      expect(await get('/to-other', { what: 'svc' })).toBe('302 ');
      expect(await get('/to-other', policy)).toBe('200 GET no authorization');
      expect(await get('/to-same', policy)).toBe('200 GET Bearer t0ken');
      const posted = await requestWithPolicy(`${base}/see-other`, { method: 'POST', headers: auth, body: 'x' }, policy);
      expect(posted.body.toString('utf8')).toBe('GET undefined ');
      expect(await get('/to-same', { ...policy, redirects: 0 })).toBe('307 ');
    });

    it('refuses a redirect loop and a redirect off HTTP instead of answering with the last 3xx', async () => {
      const policy = { what: 'the GitHub API', retry: fast, redirects: 3 };
      const loop = await failure(requestWithPolicy(`${base}/loop`, { method: 'GET' }, policy));
      expect(loop.code).toBe(errorCodes.networkStatus);
      expect(loop.message).toBe(`the GitHub API answered with more than 3 redirects (${base}/loop)`);
      expect(hits.get('/loop')).toBe(4);
      const file = await failure(requestWithPolicy(`${base}/to-file`, { method: 'GET' }, policy));
      expect(file.message).toBe(`the GitHub API answered with a redirect to file: (${base}/to-file)`);
    });
  }
});

describe('SLIPWAY_NETWORK_TIMEOUT', () => {
  it('caps a client deadline and refuses a malformed value', () => {
    expect(networkDeadlineMs(30_000, { SLIPWAY_NETWORK_TIMEOUT: '5' })).toBe(5_000);
    expect(networkDeadlineMs(2_000, { SLIPWAY_NETWORK_TIMEOUT: '5' })).toBe(2_000);
    expect(networkDeadlineMs(2_000, {})).toBe(2_000);
    expect(() => networkTimeoutCap({ SLIPWAY_NETWORK_TIMEOUT: 'soon' })).toThrow(
      "SLIPWAY_NETWORK_TIMEOUT must be a number of seconds above 0 (at most 86400); got 'soon'",
    );
    expect(() => networkTimeoutCap({ SLIPWAY_NETWORK_TIMEOUT: '0' })).toThrow(UserError);
  });
});

describe("a library client's network failure", () => {
  it('is a NETWORK_TIMEOUT naming the peer when its deadline passed', async () => {
    const error: unknown = await fetch(`${base}/silent`, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    const told = libraryNetworkError(error, 'the TUF mirror', `${base}/silent?token=x`, 100);
    expect(told).toMatchObject({ code: errorCodes.networkTimeout, message: `the TUF mirror did not answer within 0.1 s (${base}/silent)` });
  });

  it('is NETWORK_UNREACHABLE when the connection was refused, and undefined for anything else', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error: unknown = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(libraryNetworkError(error, 'Rekor', `http://127.0.0.1:${port}`, 1000)).toMatchObject({
      code: errorCodes.networkUnreachable,
      message: `Cannot reach Rekor at http://127.0.0.1:${port}/: the connection was refused (ECONNREFUSED)`,
    });
    expect(libraryNetworkError(new Error('signature mismatch'), 'Rekor', 'http://x', 1000)).toBeUndefined();
  });
});

describe('retry policy', () => {
  it('gives promise-retry clients the same tries and the same waits', () => {
    const options = promiseRetryOptions(DEFAULT_RETRY);
    expect(options.retries + 1).toBe(DEFAULT_RETRY.attempts);
    // promise-retry waits minTimeout × factor^(n-1) × a random factor in [1, 2].
    for (let attempt = 1; attempt < DEFAULT_RETRY.attempts; attempt++) {
      const lowest = options.minTimeout * options.factor ** (attempt - 1);
      expect(lowest).toBe(backoffDelay(attempt, DEFAULT_RETRY, () => 0));
      expect(2 * lowest).toBe(backoffDelay(attempt, DEFAULT_RETRY, () => 1));
    }
  });

  it('reads retry-after as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-06T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 06 Dec 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially within its bounds', () => {
    for (let attempt = 1; attempt < 10; attempt++) {
      const ceiling = Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs * 2 ** (attempt - 1));
      expect(backoffDelay(attempt, DEFAULT_RETRY, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(attempt, DEFAULT_RETRY, () => 1)).toBe(ceiling);
    }
  });
});
