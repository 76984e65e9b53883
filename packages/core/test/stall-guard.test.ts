import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { guardStalls } from '../src/stall-guard.js';
import { startSilentServer, type StalledServer } from '../../../test/services/stall-server.js';

let peer: StalledServer;
beforeAll(async () => {
  peer = await startSilentServer();
});
afterAll(async () => peer.close());

/** A GET to the silent peer, failing as a library would when its socket is cut. */
const get = (url: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      res.resume();
      res.on('end', () => resolve('answered'));
    });
    req.on('error', reject);
    req.end();
  });

/** Runs stall-guard-exit.ts as a process: what it printed, and how long it lived after printing it. */
function exitAfterStall(): Promise<{ printed: string; lingerMs: number }> {
  const script = fileURLToPath(new URL('./stall-guard-exit.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = '';
    let at = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      at ||= Date.now();
    });
    child.on('error', reject);
    child.on('close', () => resolve({ printed: printed.trim(), lingerMs: Date.now() - at }));
  });
}

describe('guardStalls against a peer that accepts and never answers', () => {
  it('ends the call as a stall naming the peer, without waiting out its grace when the library settles', async () => {
    const started = Date.now();
    const outcome = await guardStalls(() => get(`${peer.url}/cache`).catch(() => 'failed'), 200);
    expect(outcome).toEqual({ stalled: `${peer.url}/cache sent nothing for 0 s (stall-timeout)` });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('leaves nothing behind that keeps the process alive once the stalled call has settled', async () => {
    const { printed, lingerMs } = await exitAfterStall();
    expect(printed).toMatch(/"stalled":".*\/cache sent nothing/);
    // The grace timer is 1 s; the process must not wait for it once the call has settled.
    expect(lingerMs).toBeLessThan(700);
  });

  it('moves on after a grace second when the library never settles once its socket is gone', async () => {
    const started = Date.now();
    const outcome = await guardStalls(async () => {
      await get(`${peer.url}/hangs`).catch(() => undefined);
      return new Promise<string>(() => undefined);
    }, 200);
    expect(outcome).toMatchObject({ stalled: expect.stringContaining('/hangs sent nothing') });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('returns the value of a call that does not stall, and passes its error on', async () => {
    await expect(guardStalls(() => Promise.resolve(42), 200)).resolves.toEqual({ value: 42 });
    await expect(guardStalls(() => Promise.reject(new Error('refused')), 200)).rejects.toThrow('refused');
  });
});
