// The Actions side of core: only action entry points import this (it speaks the runner's workflow commands).
export { actionsPorts, actionsInput } from './actions-ports.js';
export { runAction, runPost } from './run-action.js';
export { cacheServiceAvailable } from './cache-service.js';
export { guardStalls, abandonedCalls, exitIfAbandoned, type Guarded } from './stall-guard.js';
