import { publishRecords, type CacheOutcomeRecord, type Ports, type RecordSink } from '@slipway/core';
import { formatSize, measurePaths, saveDecision, type LayerOutcome } from '@slipway/cache';
import type { CacheStore } from './cache-store.js';
import type { RunContext } from './context.js';
import type { Inputs } from './inputs.js';
import { readMainState } from './state.js';
import { saveSummary } from './summary.js';

export interface PostDeps {
  context: RunContext;
  store: CacheStore;
  /** Where the hit records go (the shared outcome-record sink). */
  records: RecordSink;
}

/** Post step: save the layers policy allows, warn on size, write the hit record, report. */
export async function runPost(inputs: Inputs, ports: Ports, deps: PostDeps): Promise<void> {
  const state = readMainState(ports.state);
  if (!state) {
    ports.log.info('cache-setup: the main step did not plan any layer; nothing to save');
    return;
  }
  const ctx = deps.context;
  const outcomes: LayerOutcome[] = [];
  for (const layer of state.layers) {
    const outcome = { ...layer.outcome };
    const sizeBytes = await measurePaths(layer.paths, { home: ctx.home, base: ctx.workspace });
    outcome.sizeBytes = sizeBytes;
    if (inputs.maxSize > 0 && sizeBytes > inputs.maxSize) {
      ports.log.warning(
        `cache-setup: the ${layer.layer} layer is ${formatSize(sizeBytes)}, over max-size ${formatSize(inputs.maxSize)}: restores slow down and it evicts other entries; trim its paths or raise max-size`,
      );
    }
    const decision = saveDecision({ write: state.write, hit: outcome.hit, sizeBytes });
    outcome.note = decision.reason;
    if (decision.save) {
      const started = ports.clock.now().getTime();
      const result = await ports.log.group(`Save ${layer.layer}: ${layer.key}`, () => deps.store.save(layer.paths, layer.key));
      outcome.saveSeconds = Math.round((ports.clock.now().getTime() - started) / 100) / 10;
      outcome.saved = result.saved;
      if (!result.saved) {
        outcome.note = `not saved: ${result.error ?? 'unknown reason'}`;
        ports.log.warning(`cache-setup: saving ${layer.layer} failed; the job is unaffected: ${result.error ?? ''}`);
      }
    }
    ports.outputs.set(`${layer.layer}-saved`, outcome.saved);
    ports.outputs.set(`${layer.layer}-save-seconds`, outcome.saveSeconds);
    outcomes.push(outcome);
  }
  outcomes.push(...state.docker);

  let recordNote = '';
  // One outcome record per layer, in the format ci-metrics counts (slipway-record artifacts).
  const records: CacheOutcomeRecord[] = outcomes.map((o) => ({ type: 'cache', ...o, os: ctx.os, arch: ctx.arch }));
  const written = await publishRecords(deps.records, inputs.record, records, 'cache-setup', ports.log);
  if (written) {
    ports.outputs.set('record-path', written.path);
    recordNote = written.artifact
      ? `Hit record uploaded as artifact \`${written.artifact}\`.`
      : `Hit record written to \`${written.path}\`.`;
  }
  await ports.summary.append(saveSummary(outcomes, recordNote));
}
