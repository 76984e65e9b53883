import { assertNotFuture, input, parseDateTime, parseUserUrl, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';

export const inputSchema = {
  'github-token': input.string({ default: '${{ github.token }}' }),
  repository: input.string({ default: '${{ github.repository }}' }),
  'api-url': input.string({ default: '${{ github.api_url }}' }),
  storage: input.oneOf(['branch', 'file'] as const, { default: 'branch' }),
  branch: input.string({ default: 'gh-pages' }),
  'data-file': input.path({ default: 'ci-metrics/history.db' }),
  store: input.string(),
  dashboard: input.path({ default: 'ci-metrics/index.html' }),
  'report-file': input.path(),
  since: input.string(),
  'window-days': input.integer({ default: '30', min: 1, max: 366 }),
  'recent-days': input.integer({ default: '7', min: 1, max: 90 }),
  'max-minutes': input.number({ default: '15', min: 0.1, max: 10_000 }),
  'regression-percent': input.number({ default: '20', min: 0, max: 1000 }),
  environments: input.list(),
  'records-prefix': input.string({ default: 'slipway-record' }),
  'open-issue': input.boolean({ default: 'false' }),
};
export type Inputs = InputsOf<typeof inputSchema> & { sinceSeconds: number | undefined };

/** Reads the inputs; `since` must be a date or instant. */
export function parseInputs(read: ReadInput, nowMs: number = Date.now()): Inputs {
  const inputs = readInputs(inputSchema, read);
  if (!inputs.githubToken)
    throw new UserError("Input 'github-token' is empty", { hint: 'leave it unset to use the job token, with actions: read' });
  if (!inputs.repository || !/^[\w.-]+\/[\w.-]+$/.test(inputs.repository)) {
    throw new UserError(`Input 'repository' must be OWNER/NAME; got '${inputs.repository}'`);
  }
  if (inputs.apiUrl) parseUserUrl(inputs.apiUrl, "Input 'api-url'");
  if (inputs.store) parseUserUrl(inputs.store, "Input 'store'", ['postgres:', 'postgresql:']);
  let sinceSeconds: number | undefined;
  if (inputs.since) {
    const ms = parseDateTime(inputs.since, "Input 'since'");
    assertNotFuture(ms, nowMs, "Input 'since'");
    sinceSeconds = Math.floor(ms / 1000);
  }
  return { ...inputs, sinceSeconds };
}
