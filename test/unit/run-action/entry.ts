// A tiny action entry used by run-action.test.ts: throws what THROW says, through the real runAction/runPost.
import { runAction, runPost } from '@slipway/core/actions';
import { UserError } from '@slipway/core';

const what = process.env['THROW'];
const body = (): Promise<void> => {
  if (what === 'user') throw new UserError("Input 'fail-on' must be one of critical, high; got 'hihg'", { hint: 'fix the workflow input' });
  if (what === 'bug') throw new TypeError('cannot read properties of undefined');
  if (what === 'string') return Promise.reject(new Error('x')).catch(() => Promise.reject('a plain string')); // eslint-disable-line @typescript-eslint/prefer-promise-reject-errors
  return Promise.resolve();
};
await (process.env['STEP'] === 'post' ? runPost(body) : runAction(body));
