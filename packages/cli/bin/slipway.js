#!/usr/bin/env node
// The committed bundle (built by `npm run bundle`) is the CLI: no build step after install.
await import('../dist/index.js');
