#!/usr/bin/env node
// The committed bundle (built by `npm run bundle`) is the CLI: no build step after install.
// It needs Node 24 (built-in node:sqlite, current sigstore); an older Node gets one clear line.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `slipway: needs Node.js 24 or later, this is ${process.version} (${process.execPath})\n` +
      'Hint: install Node 24, or run it through the project (npx slipway), which brings its own\n',
  );
  process.exit(2);
}
await import('../dist/index.js');
