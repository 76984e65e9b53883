import { resolve } from 'node:path';
import { canonicalPath, errorCodes, UserError } from '@slipway/core';
import { checkCounts, historyCounts, importHistory, loadHistory } from '@slipway/metrics';
import { EXIT, leaf, required } from '../command.js';
import { openCommandStore, storeLocation, storeOptions } from './metrics-options.js';

/** `slipway metrics migrate`: moves a JSON history into a store, checked by counts. */
export const metricsMigrateCommand = leaf({
  name: 'migrate',
  summary: 'move a JSON history file into an SQLite or PostgreSQL store, checked by counts',
  usage: 'metrics migrate --from FILE (--data FILE | --store URL)',
  options: {
    from: { type: 'string', value: 'FILE', description: 'the JSON history file (left as it is)' },
    ...storeOptions,
  },
  details: [
    'Upserts are idempotent: migrating the same history twice, or into a store that already holds some of',
    'its runs, loses and duplicates nothing. The store must then hold at least every run, job, step,',
    'record and deployment of the file.',
    '',
    'Exit codes: 0 migrated, 2 bad usage, an unreadable history or store, or a count that does not match.',
  ].join('\n'),
  run: async ({ values }, io) => {
    const from = resolve(io.cwd, required(values.from, 'from'));
    const location = storeLocation(values, io.cwd);
    if (location.inputPath && (await canonicalPath(location.inputPath)) === (await canonicalPath(from)))
      throw new UserError(`--data ${location.inputPath} is the same file as --from; give the store a path of its own`, {
        code: errorCodes.outputIsInput,
        hint: 'or open the JSON history with --data alone, which migrates it in place',
      });
    const loaded = await loadHistory(from);
    if (loaded.source === 'new') throw new UserError(`The history ${from} does not exist`);
    if (loaded.source === 'backup')
      io.stderr(`slipway: warning: ${from} is corrupt (${loaded.problem ?? ''}); migrating its previous good copy\n`);
    const { store } = await openCommandStore(location, io);
    try {
      await importHistory(store, loaded.history);
      const counts = await store.counts(loaded.history.repository);
      checkCounts(loaded.history, counts, store.location);
      const want = historyCounts(loaded.history);
      io.stdout(
        `Migrated ${loaded.history.repository} from ${from} into ${store.location}: runs ${want.runs}, jobs ${want.jobs}, steps ${want.steps}, records ${want.outcomes}, deployments ${want.deployments}, shipped commits ${want.commits}; the store holds runs ${counts.runs}, jobs ${counts.jobs}, steps ${counts.steps}, records ${counts.outcomes}, deployments ${counts.deployments}\n`,
      );
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
});
