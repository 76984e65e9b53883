import { AsyncLocalStorage } from 'node:async_hooks';
import dc from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import type { Socket } from 'node:net';

// @actions/cache and the Azure SDK make their own HTTP calls, and the cache service client has no
// timeout at all (nor a way to give it one): a service that accepts the connection and never answers holds the step forever.
// Node reports every outgoing request and socket on diagnostics channels, in the async context of
// the code that made it; so each guarded call runs in its own context, and a request of that call
// that moves no byte for the stall timeout (no answer, or a body that stopped) is destroyed with
// ETIMEDOUT, which the libraries treat as a network failure and stop on. Whatever the call still
// tries afterwards is cut at once, so nothing it left behind keeps the process alive.

interface Watch {
  requests: Map<ClientRequest, { bytes: number; since: number }>;
  sockets: Set<Socket>;
  abandoned: boolean;
}

const context = new AsyncLocalStorage<Watch>();
let subscribed = false;
let abandonedAny = false;

const stallError = (): Error => Object.assign(new Error('the service stopped answering'), { code: 'ETIMEDOUT' });

function subscribe(): void {
  if (subscribed) return;
  subscribed = true;
  dc.subscribe('http.client.request.start', (message) => {
    const watch = context.getStore();
    const request = (message as { request: ClientRequest }).request;
    if (!watch) return;
    if (watch.abandoned) {
      request.destroy(stallError());
      return;
    }
    watch.requests.set(request, { bytes: -1, since: Date.now() });
    request.once('close', () => watch.requests.delete(request));
  });
  dc.subscribe('net.client.socket', (message) => {
    const watch = context.getStore();
    const socket = (message as { socket: Socket }).socket;
    if (!watch) return;
    if (watch.abandoned) {
      socket.destroy(stallError());
      return;
    }
    watch.sockets.add(socket);
    socket.once('close', () => watch.sockets.delete(socket));
  });
}

/** The outcome of a guarded call: its value, or the stall that ended it. */
export type Guarded<T> = { value: T } | { stalled: string };

/**
 * Runs `op` and ends it when one of its HTTP requests moves no data for `stallMs` (an unanswered
 * request, a stalled download or upload). Local work between requests (tar, zstd) never trips it.
 */
export async function guardStalls<T>(op: () => Promise<T>, stallMs: number): Promise<Guarded<T>> {
  subscribe();
  const watch: Watch = { requests: new Map(), sockets: new Set(), abandoned: false };
  return new Promise<Guarded<T>>((resolve, reject) => {
    let settled = false;
    let grace: NodeJS.Timeout | undefined;
    const tick = setInterval(
      () => {
        const now = Date.now();
        for (const [request, seen] of watch.requests) {
          const socket = request.socket;
          const bytes = socket ? socket.bytesRead + socket.bytesWritten : 0;
          if (bytes !== seen.bytes) {
            seen.bytes = bytes;
            seen.since = now;
          } else if (now - seen.since >= stallMs) {
            const hostHeader = request.getHeader('host');
            const host = `${request.protocol}//${typeof hostHeader === 'string' ? hostHeader : request.host}${request.path.split('?')[0] ?? ''}`;
            stall(`${host} sent nothing for ${Math.round(stallMs / 1000)} s (stall-timeout)`);
            return;
          }
        }
      },
      Math.max(50, Math.min(1000, stallMs / 4)),
    );
    tick.unref();
    const stall = (reason: string): void => {
      watch.abandoned = true;
      abandonedAny = true;
      clearInterval(tick);
      for (const request of watch.requests.keys()) request.destroy(stallError());
      for (const socket of watch.sockets) socket.destroy(stallError());
      // Give the library a moment to see the error and log its own failure, then move on without it.
      // This timer keeps the process alive: a library may never settle its promise once its
      // socket is gone (@actions/http-client's readBody waits for an 'end' that never comes), and
      // with nothing else pending Node would end the step with an unsettled top-level await (13).
      // Cleared as soon as the call settles, so it never outlives the call.
      grace = setTimeout(() => finish({ stalled: reason }), 1000);
      pending.then(
        () => finish({ stalled: reason }),
        () => finish({ stalled: reason }),
      );
    };
    const finish = (outcome: Guarded<T>): void => {
      if (settled) return;
      settled = true;
      clearInterval(tick);
      clearTimeout(grace);
      resolve(outcome);
    };
    const pending = context.run(watch, op);
    pending.then(
      (value) => {
        if (!watch.abandoned) finish({ value });
      },
      (error: unknown) => {
        if (watch.abandoned || settled) return;
        settled = true;
        clearInterval(tick);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Whether a guarded call was abandoned in this process (its library may still hold timers). */
export function abandonedCalls(): boolean {
  return abandonedAny;
}

/**
 * Ends the process once its output is flushed when a stalled call was abandoned: the step's work
 * is done, and a library's retry timers must not hold the job. The exit code is the step's own.
 */
export async function exitIfAbandoned(): Promise<void> {
  if (!abandonedAny) return;
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
  process.exit();
}
