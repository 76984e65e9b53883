// Run as its own process by stall-guard.test.ts: one guarded call to a silent peer, whose library
// fails at once when its socket is cut. It prints the outcome and what is still alive in the
// process once the call has returned and the peer is closed: how many timers (none should be).
import { getOnce, startSilentServer } from '../../../test/services/stall-server.js';
import { guardStalls } from '../src/stall-guard.js';

const peer = await startSilentServer();
const outcome = await guardStalls(() => getOnce(`${peer.url}/cache`).catch(() => 'failed'), 200);
await peer.close();
const timers = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
process.stdout.write(`${JSON.stringify({ outcome, timers })}\n`);
