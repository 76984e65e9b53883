import { networkDeadlineMs, publishRecords, type CacheOutcomeRecord, type Ports, type RecordSink } from '@slipway/core';
import { saveLayers, type LayerStore } from '@slipway/cache';
import type { RunContext } from './context.js';
import type { Inputs } from './inputs.js';
import { runDeps } from './run.js';
import { guardStalls } from '@slipway/core/actions';
import { readMainState } from './state.js';
import { saveSummary } from './summary.js';

export interface PostDeps {
  context: RunContext;
  store: LayerStore;
  /** Where the hit records go (the shared outcome-record sink). */
  records: RecordSink;
}

/** The record upload talks to the same results service: a stall there warns and keeps the file. */
function guardedSink(sink: RecordSink, stallMs: number, stalledBefore: boolean): RecordSink {
  return {
    write: async (records, action, upload) => {
      if (!upload || stalledBefore) {
        const written = await sink.write(records, action, false);
        return upload ? { ...written, error: 'not uploaded: the cache service stopped answering earlier in this step' } : written;
      }
      const outcome = await guardStalls(() => sink.write(records, action, true), stallMs);
      if ('value' in outcome) return outcome.value;
      const written = await sink.write(records, action, false);
      return { ...written, error: `the results service stopped answering: ${outcome.stalled}` };
    },
  };
}

/** Post step: save the layers policy allows, warn on size, write the hit record, report. */
export async function runPost(inputs: Inputs, ports: Ports, deps: PostDeps): Promise<void> {
  const state = readMainState(ports.state);
  if (!state) {
    ports.log.info('cache-setup: the main step did not plan any layer; nothing to save');
    return;
  }
  const ctx = deps.context;
  const outcomes = await saveLayers(state.layers, runDeps(ports, deps), {
    write: state.write,
    maxSize: inputs.maxSize,
    onSaved: (o) => {
      ports.outputs.set(`${o.layer}-saved`, o.saved);
      ports.outputs.set(`${o.layer}-save-seconds`, o.saveSeconds);
    },
  });
  const stalled = outcomes.some((o) => /stopped answering/.test(o.note));
  outcomes.push(...state.docker);

  let recordNote = '';
  // One outcome record per layer, in the format ci-metrics counts (slipway-record artifacts).
  const records: CacheOutcomeRecord[] = outcomes.map((o) => ({ type: 'cache', ...o, os: ctx.os, arch: ctx.arch }));
  const sink = guardedSink(deps.records, networkDeadlineMs(inputs.stallTimeout * 1000), stalled);
  const written = await publishRecords(sink, inputs.record, records, 'cache-setup', ports.log);
  if (written) {
    ports.outputs.set('record-path', written.path);
    recordNote = written.artifact
      ? `Hit record uploaded as artifact \`${written.artifact}\`.`
      : `Hit record written to \`${written.path}\`.`;
  }
  await ports.summary.append(saveSummary(outcomes, recordNote));
}
