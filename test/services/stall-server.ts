import { createServer as createHttpServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

// Peers that stop answering, for the fault suite: one accepts connections and never sends a
// byte (a hung proxy, a frozen service), one answers the headers and then stalls in the middle
// of the body (a connection that died half-way). Both count what reached them, so a test can
// tell "the client gave up on a stalled peer" from "the client never called it". Loopback only.

/** A stalled peer on 127.0.0.1. */
export interface StalledServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `127.0.0.1:PORT`, the host part of an image reference. */
  host: string;
  /** Connections accepted so far. */
  connections(): number;
  /** Requests whose headers arrived (mid-body server only; the silent one reads nothing). */
  requests(): string[];
  close(): Promise<void>;
}

/** Accepts TCP connections and never answers, holding each open until closed. */
export async function startSilentServer(): Promise<StalledServer> {
  const held: Socket[] = [];
  let count = 0;
  const server = createServer((socket) => {
    count += 1;
    held.push(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    connections: () => count,
    requests: () => [],
    close: async () => {
      for (const s of held) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface MidBodyOptions {
  /** The status to answer with (default 200). */
  status?: number;
  /** The content type (default application/json). */
  contentType?: string;
  /** The first bytes of the body, sent before the stall (default the start of a JSON object). */
  prefix?: string;
  /** The length the headers announce (default 1 MiB): the client waits for the rest. */
  contentLength?: number;
}

/** Answers every request with headers and the first bytes of a body, then sends nothing more. */
export async function startMidBodyStallServer(options: MidBodyOptions = {}): Promise<StalledServer> {
  const held: ServerResponse[] = [];
  const seen: string[] = [];
  let count = 0;
  const prefix = options.prefix ?? '{"data": "';
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push(`${req.method ?? 'GET'} ${req.url ?? '/'}`);
    req.resume();
    res.writeHead(options.status ?? 200, {
      'content-type': options.contentType ?? 'application/json',
      'content-length': String(options.contentLength ?? 1024 * 1024),
      // The registry's and GitHub's headers a client may look for before reading the body.
      'docker-distribution-api-version': 'registry/2.0',
    });
    res.write(prefix);
    held.push(res);
  });
  server.on('connection', (socket) => {
    count += 1;
    socket.on('error', () => undefined);
  });
  // No server-side timeouts: the stall must last as long as the client is willing to wait.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    connections: () => count,
    requests: () => [...seen],
    close: async () => {
      for (const r of held) r.socket?.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The runner's OIDC token service, answering every request with `token` as GitHub's does ({"value": ...}). */
export async function startTokenService(token: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createHttpServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: token }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** One GET on node:http, as a library makes it: 'answered' when the body ends, rejected when the socket is cut. */
export function getOnce(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => res.resume().on('end', () => resolve('answered')));
    req.on('error', reject);
    req.end();
  });
}
