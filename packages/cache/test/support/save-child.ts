// Saves one layer into a folder store and reports each step on stdout, so a test can kill -9 it mid-save.
import { spawnCapture } from '@slipway/core';
import { dirBackend, entryStore } from '../../src/index.js';

const [storeDir, base, key] = process.argv.slice(2);
const store = entryStore({
  backend: await dirBackend(storeDir ?? ''),
  where: { home: base ?? '', base: base ?? '' },
  exec: {
    run: (c, a, o) => {
      if (c === 'tar') process.stdout.write('tar started\n');
      return spawnCapture(c, a, o);
    },
  },
});
const result = await store.save({ paths: ['tree'], key: key ?? '', restoreKeys: [] });
process.stdout.write(`${JSON.stringify(result)}\n`);
