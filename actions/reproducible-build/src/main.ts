import { actionsInput, actionsPorts, runAction } from '@slipway/core/actions';
import { actionsRecordSink } from '@slipway/core/records';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runAction(() => run(parseInputs(actionsInput), actionsPorts(), process.env, actionsRecordSink()));
