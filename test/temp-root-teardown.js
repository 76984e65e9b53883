// Removes the run's temporary folder that temp-root-setup.js made (kept with SLIPWAY_KEEP_TEST_TEMP=1,
// to look at what a failing test left).
import { rmSync } from 'node:fs';

export default function teardown() {
  const state = globalThis[Symbol.for('slipway.test-temp-root')];
  if (!state) return;
  if (state.before === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = state.before;
  if (process.env.SLIPWAY_KEEP_TEST_TEMP === '1') {
    process.stdout.write(`\ntest temporary files kept in ${state.root}\n`);
    return;
  }
  rmSync(state.root, { recursive: true, force: true, maxRetries: 3 });
}
