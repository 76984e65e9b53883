import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { guardStalls } from '../src/stall-guard.js';
import { getOnce, startSilentServer, type StalledServer } from '../../../test/services/stall-server.js';

let peer: StalledServer;
beforeAll(async () => {
  peer = await startSilentServer();
});
afterAll(async () => peer.close());

describe('guardStalls against a peer that accepts and never answers', () => {
  it('ends the call as a stall naming the peer, and leaves no timer alive once the call has settled', async () => {
    // Its own process, so that jest's timers are not in the count.
    const script = fileURLToPath(new URL('./stall-guard-exit.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const { stdout } = await promisify(execFile)(tsx, [script]);
    const { outcome, timers } = JSON.parse(stdout) as { outcome: unknown; timers: number };
    expect(outcome).toEqual({
      stalled: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/cache sent nothing for 0 s \(stall-timeout\)$/),
    });
    // The guard's grace timer (1 s, for a library that never settles) must not outlive a call that did.
    expect(timers).toBe(0);
  });

  it('moves on after the grace second when the library never settles once its socket is gone', async () => {
    const started = Date.now();
    const outcome = await guardStalls(async () => {
      await getOnce(`${peer.url}/hangs`).catch(() => undefined);
      return new Promise<string>(() => undefined);
    }, 200);
    expect(outcome).toMatchObject({ stalled: expect.stringContaining('/hangs sent nothing') });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('returns the value of a call that does not stall, and passes its error on', async () => {
    await expect(guardStalls(() => Promise.resolve(42), 200)).resolves.toEqual({ value: 42 });
    await expect(guardStalls(() => Promise.reject(new Error('refused')), 200)).rejects.toThrow('refused');
  });
});
