// Run as its own process by stall-guard.test.ts: one guarded call to a silent peer, then nothing
// left to do. It prints when the call has returned; the test times how long the process lives on.
import { request } from 'node:http';
import { startSilentServer } from '../../../test/services/stall-server.js';
import { guardStalls } from '../src/stall-guard.js';

const peer = await startSilentServer();
const outcome = await guardStalls(
  () =>
    new Promise<string>((resolve, reject) => {
      const req = request(`${peer.url}/cache`, (res) => res.resume().on('end', () => resolve('answered')));
      req.on('error', reject);
      req.end();
    }).catch(() => 'failed'),
  200,
);
await peer.close();
process.stdout.write(`${JSON.stringify(outcome)}\n`);
