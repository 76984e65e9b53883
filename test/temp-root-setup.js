// One temporary folder per test run: every folder a test, a bundle it runs or a local service
// makes under the system's temporary directory goes in here (TMPDIR, which os.tmpdir() and the
// tools the tests start read, is pointed at it before the workers start), and
// temp-root-teardown.js removes it when the run ends. A run leaves nothing behind in the shared
// temporary directory, and removes nothing there that it did not create.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const root = mkdtempSync(join(tmpdir(), 'slipway-tests-'));
  // As open as the temporary directory itself: services the tests start as their own users
  // (PostgreSQL's initdb runs as postgres) reach and make their folders in here.
  chmodSync(root, 0o1777);
  globalThis[Symbol.for('slipway.test-temp-root')] = { root, before: process.env.TMPDIR };
  process.env.TMPDIR = root;
}
