import { actionsInput, actionsPorts, runPost } from '@slipway/core/actions';
import { actionsRecordSink } from '@slipway/core/records';
import { actionsCacheStore } from './actions-cache-store.js';
import { readRunContext } from './context.js';
import { parseInputs } from './inputs.js';
import { runPost as post } from './post-run.js';

const context = readRunContext(process.env);
await runPost(() => post(parseInputs(actionsInput), actionsPorts(), { context, store: actionsCacheStore(), records: actionsRecordSink() }));
