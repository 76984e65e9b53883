import { actionsInput, exitIfAbandoned, actionsPorts, runPost } from '@slipway/core/actions';
import { actionsRecordSink } from '@slipway/core/records';
import { networkDeadlineMs } from '@slipway/core';
import { actionsCacheStore } from './actions-cache-store.js';
import { readRunContext } from './context.js';
import { parseInputs } from './inputs.js';
import { runPost as post } from './post-run.js';

const context = readRunContext(process.env);
await runPost(async () => {
  const inputs = parseInputs(actionsInput);
  await post(inputs, actionsPorts(), {
    context,
    store: actionsCacheStore(networkDeadlineMs(inputs.stallTimeout * 1000)),
    records: actionsRecordSink(),
  });
});
await exitIfAbandoned();
