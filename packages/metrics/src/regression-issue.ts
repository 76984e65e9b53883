import { decode } from '@slipway/core';
import type { ApiClient } from './api-client.js';
import { decodeApi } from './api-shapes.js';
import type { Regression } from './regressions.js';

const issue = decode.object({ number: decode.number, title: decode.string, html_url: decode.withDefault(decode.string, '') });

/** The issue that tracks regressions: opened once, and not again while it is still open. */
export async function openRegressionIssue(
  client: ApiClient,
  repository: string,
  regressions: readonly Regression[],
  options: { label?: string; dashboardUrl?: string } = {},
): Promise<{ number: number; url: string; created: boolean } | undefined> {
  if (regressions.length === 0) return undefined;
  const label = options.label ?? 'ci-metrics';
  const title = 'CI performance regression';
  const what = `the open ${label} issues of ${repository}`;
  const open = decodeApi(
    decode.array(issue),
    (await client.get(`/repos/${repository}/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`, what)).data,
    what,
  );
  const existing = open.find((i) => i.title === title);
  if (existing) return { number: existing.number, url: existing.html_url, created: false };
  const body = [
    `ci-metrics found ${regressions.length} regression(s):`,
    '',
    ...regressions.slice(0, 30).map((r) => `- ${r.message}`),
    ...(options.dashboardUrl ? ['', `Dashboard: ${options.dashboardUrl}`] : []),
    '',
    'Close this issue once the pipeline is back within its budget; the next regression opens a new one.',
  ].join('\n');
  const created = decodeApi(
    issue,
    (await client.post(`/repos/${repository}/issues`, { title, body, labels: [label] }, `a new issue in ${repository}`)).data,
    'the new issue',
  );
  return { number: created.number, url: created.html_url, created: true };
}
