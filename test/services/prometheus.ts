// A real Prometheus (Debian's prometheus 2.42) for tests: `promtool tsdb create-blocks-from
// openmetrics` backfills an export into a fresh TSDB folder, then the server answers PromQL on
// a loopback port. Retention is long, so backfilled samples of any age stay queryable.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrometheusServer {
  url: string;
  /** The instant-query result: one value per series, labels by series. */
  query(promql: string, at: number): Promise<{ metric: Record<string, string>; value: number }[]>;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Backfills the OpenMetrics file and starts Prometheus on it. */
export async function startPrometheusWith(openMetricsFile: string): Promise<PrometheusServer> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-prom-'));
  const data = join(dir, 'data');
  await new Promise<void>((resolve, reject) =>
    execFile('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', openMetricsFile, data], { timeout: 120_000 }, (e, _out, err) =>
      e ? reject(new Error(`promtool: ${err || e.message}`)) : resolve(),
    ),
  );
  await import('node:fs/promises').then((fs) => fs.writeFile(join(dir, 'prometheus.yml'), 'global: {}\n'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (c: Buffer) => void (log += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 150 || child.exitCode !== null) throw new Error(`prometheus did not start: ${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    query: async (promql, at) => {
      const u = new URL('/api/v1/query', url);
      u.searchParams.set('query', promql);
      u.searchParams.set('time', String(at));
      const body = (await (await fetch(u)).json()) as {
        status: string;
        data: { result: { metric: Record<string, string>; value: [number, string] }[] };
      };
      if (body.status !== 'success') throw new Error(`PromQL ${promql}: ${JSON.stringify(body)}`);
      return body.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
