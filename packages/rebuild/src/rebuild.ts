import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { errorCodes, prepareOwnedDir, removeOwnedDir, UserError, writeTextFile, type Clock, type Exec } from '@slipway/core';
import { runBuild, type RunRecord } from './build-run.js';
import { runDiffoscope } from './diffoscope.js';
import { nameCauses, type RunFacts } from './explain/causes.js';
import { explainDifference } from './explain/explain.js';
import { probeCapabilities, type BuildIdentity, type Capabilities } from './isolation.js';
import type { OutputVerdict, PublishedOutput, RebuildResult, RunEnvironment } from './result.js';
import { summarise } from './verdict.js';
import { findSourceCommit, type SourceCommit } from './source-tree.js';
import { planRuns, type RunPlan, type Variation } from './vary.js';

/** What to rebuild and how: the one request the CLI and the action both make. */
export interface RebuildRequest {
  command: string;
  /** Runs before the command in each copy, with the network (fetching dependencies). */
  prepare?: string | undefined;
  outputs: string[];
  runs: number;
  network: 'deny' | 'allow';
  vary: Variation[];
  /** The working folder inside a git checkout; the build runs at the same place in each copy. */
  cwd: string;
  /** Where the temporary build folders go (a folder of their own is made inside and removed after). */
  scratchDir: string;
  /** Keeps the outputs, logs and diffoscope reports (an owned folder: new, empty or made by Slipway). */
  reportDir?: string | undefined;
  diffoscope: boolean;
  diffoscopeTimeoutSeconds?: number;
  published?: PublishedOutput[];
  /** The environment the builds start from (the varied variables are then set). */
  baseEnv: Readonly<Record<string, string | undefined>>;
  identity: BuildIdentity;
}

/** The effects a rebuild needs. */
export interface RebuildPorts {
  exec: Exec;
  clock: Clock;
  log: (line: string) => void;
  sleep: (ms: number) => Promise<void>;
}

// Without faketime the real clock must move on between runs, enough for second-resolution stamps.
const MIN_SPACING_MS = 3_000;

function notVaried(vary: readonly Variation[], caps: Capabilities, network: 'deny' | 'allow'): { variation: Variation; reason: string }[] {
  const out: { variation: Variation; reason: string }[] = [];
  if (vary.includes('hostname') && caps.namespaces === 'none')
    out.push({ variation: 'hostname', reason: caps.namespaceProblem ?? 'no UTS namespace' });
  if (vary.includes('time') && !caps.faketime)
    out.push({ variation: 'time', reason: 'faketime is not installed: the real clock, runs at least 3 s apart' });
  if (vary.includes('order') && !caps.disorderfs)
    out.push({
      variation: 'order',
      reason: 'disorderfs is not available: files are created in reverse order, which changes listings only on some file systems',
    });
  if (vary.includes('locale') && caps.locales.every((l) => /^(C|POSIX)(\..*)?$/i.test(l)))
    out.push({ variation: 'locale', reason: 'only the C locales are installed: LANG changes, collation does not' });
  void network;
  return out;
}

function environmentOf(plan: RunPlan, record: RunRecord, caps: Capabilities, useFaketime: boolean): RunEnvironment {
  return {
    run: plan.run,
    buildPath: record.buildPath,
    network: record.network,
    clockAtStart: record.clockAtStart,
    clockShiftSeconds: useFaketime ? plan.clockShiftSeconds : 0,
    timeZone: plan.timeZone,
    locale: plan.locale,
    umask: plan.umask,
    hostname: caps.namespaces !== 'none' ? plan.hostname : undefined,
    user: plan.user,
    order: record.orderMethod === 'none' ? 'natural' : `reversed (${record.orderMethod})`,
  };
}

function factsOf(plan: RunPlan, record: RunRecord, source: SourceCommit): RunFacts {
  const cwd = source.subdir ? join(record.buildPath, source.subdir) : record.buildPath;
  return { paths: [cwd, record.buildPath], hostname: plan.hostname, user: plan.user, timeZone: plan.timeZone, locale: plan.locale };
}

/**
 * Rebuilds the commit at `cwd` `runs` times, each in a fresh export under varied conditions,
 * compares every declared output's sha256 (and the published files', when given), explains
 * each difference and names its likely cause. It never builds the working tree, and removes only
 * the folders it made.
 */
export async function rebuild(req: RebuildRequest, ports: RebuildPorts): Promise<RebuildResult> {
  if (req.runs < 2) throw new UserError('A rebuild needs at least 2 runs to compare', { code: errorCodes.usage });
  const source = await findSourceCommit(ports.exec, req.cwd);
  if (source.dirty)
    ports.log(`note: the working tree has uncommitted changes; the rebuild builds commit ${source.commit.slice(0, 12)} only`);
  if (req.reportDir) await prepareOwnedDir(req.reportDir, { what: 'the rebuild report folder', protect: [source.top, req.cwd] });
  const caps = await probeCapabilities(ports.exec, req.identity);
  const scratch = await mkdtemp(join(req.scratchDir, 'slipway-rebuild-'));
  await prepareOwnedDir(scratch, { what: 'the rebuild scratch folder' });
  const keepRoot = req.reportDir ? join(req.reportDir, 'runs') : join(scratch, 'kept');
  const plans = planRuns(req.runs, req.vary, caps.locales);
  const wantIsolation = req.network === 'deny' && caps.namespaces !== 'none';
  const useFaketime = req.vary.includes('time') && caps.faketime;
  const records: { plan: RunPlan; record: RunRecord }[] = [];
  let needsNetwork: RebuildResult['needsNetwork'];
  let buildFailure: RebuildResult['buildFailure'];
  try {
    let lastStart = 0;
    for (const plan of plans) {
      const wait = lastStart + MIN_SPACING_MS - ports.clock.now().getTime();
      if (req.vary.includes('time') && !useFaketime && wait > 0) await ports.sleep(wait);
      lastStart = ports.clock.now().getTime();
      // The same folder for every run when the path is not varied (each copy is removed after its run).
      const runDir = join(scratch, req.vary.includes('path') ? `r${plan.run}` : 'r');
      const build = (denyNetwork: boolean): Promise<RunRecord> =>
        runBuild(ports.exec, {
          source,
          plan,
          command: req.command,
          prepare: req.prepare,
          outputs: req.outputs,
          isolation: { denyNetwork, setHostname: plan.hostname !== undefined && caps.namespaces !== 'none', useFaketime },
          caps,
          identity: req.identity,
          baseEnv: req.baseEnv,
          runDir,
          keepDir: join(keepRoot, `run-${plan.run}`),
          checkoutTimes: req.vary.includes('time'),
          now: () => ports.clock.now(),
        });
      ports.log(`run ${plan.run}/${plans.length}: building ${source.commit.slice(0, 12)} at ${join(runDir, ...plan.segments)}`);
      let record = await build(wantIsolation && !needsNetwork);
      await rm(runDir, { recursive: true, force: true });
      if (record.exitCode !== 0 && record.network === 'denied') {
        ports.log(`run ${plan.run}: failed without the network (exit ${record.exitCode}); trying again with it`);
        const denied = record;
        record = await build(false);
        await rm(runDir, { recursive: true, force: true });
        if (record.exitCode === 0) needsNetwork = { run: plan.run, exitCode: denied.exitCode, lastLines: denied.lastLines };
      }
      ports.log(`run ${plan.run}: exit ${record.exitCode} in ${record.seconds.toFixed(1)} s, ${record.outputs.length} output(s)`);
      if (req.reportDir) await writeTextFile(join(req.reportDir, 'runs', `run-${plan.run}.log`), record.log, { what: 'a build log' });
      records.push({ plan, record });
      if (record.exitCode !== 0) {
        buildFailure = { run: plan.run, exitCode: record.exitCode, lastLines: record.lastLines };
        break;
      }
    }
    const outputs = buildFailure ? [] : await compareOutputs(records, source, req, caps, ports);
    const runs = records.map(({ plan, record }) => {
      const { log: _log, ...kept } = record;
      return {
        ...kept,
        outputs: record.outputs.map((o) => ({ name: o.name, sha256: o.sha256, size: o.size })),
        environment: environmentOf(plan, record, caps, useFaketime),
      };
    });
    const result = summarise({
      req,
      source,
      caps,
      wantIsolation,
      needsNetwork,
      buildFailure,
      runs,
      outputs,
      notVaried: notVaried(req.vary, caps, req.network),
    });
    if (req.reportDir)
      await writeTextFile(join(req.reportDir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`, { what: 'the rebuild result' });
    return result;
  } finally {
    await removeOwnedDir(scratch, { what: 'the rebuild scratch folder' });
  }
}

async function compareOutputs(
  records: { plan: RunPlan; record: RunRecord }[],
  source: SourceCommit,
  req: RebuildRequest,
  caps: Capabilities,
  ports: RebuildPorts,
): Promise<OutputVerdict[]> {
  const names = [...new Set(records.flatMap((r) => r.record.outputs.map((o) => o.name)))].sort();
  const verdicts: OutputVerdict[] = [];
  const [reference] = records;
  for (const name of names) {
    const per = records.map((r) => r.record.outputs.find((o) => o.name === name));
    const digests = per.map((o) => o?.sha256 ?? '');
    const published =
      (req.published ?? []).find((p) => p.name === name) ?? (req.published ?? []).find((p) => basename(p.name) === basename(name));
    const allSame = digests.every((d) => d !== '' && d === digests[0]);
    const matches = published ? published.sha256 === digests[0] : true;
    const verdict: OutputVerdict = { name, digests, reproducible: allSame && matches };
    if (published) verdict.published = { sha256: published.sha256, matches };
    const firstCopy = per[0];
    const otherIndex = digests.findIndex((d) => d !== digests[0]);
    const other = otherIndex > 0 ? records[otherIndex] : undefined;
    const otherCopy = otherIndex > 0 ? per[otherIndex] : undefined;
    if (reference && firstCopy && (otherCopy || (published?.path && !matches))) {
      const secondPath = otherCopy?.copy ?? published?.path ?? '';
      const between = otherCopy ? `run 1 and run ${otherIndex + 1}` : `run 1 and the published ${published?.name ?? ''}`;
      const explanation = explainDifference(name, await readFile(firstCopy.copy), await readFile(secondPath));
      const firstFacts = factsOf(reference.plan, reference.record, source);
      const secondFacts = other ? factsOf(other.plan, other.record, source) : { ...firstFacts, paths: [] };
      verdict.difference = { between, explanation: explanation.difference, causes: nameCauses(name, explanation, firstFacts, secondFacts) };
      if (req.diffoscope && caps.diffoscope && req.reportDir) {
        ports.log(`diffoscope: ${name} (${between})`);
        verdict.diffoscope = await runDiffoscope(
          ports.exec,
          firstCopy.copy,
          secondPath,
          join(req.reportDir, 'diffoscope'),
          name,
          req.diffoscopeTimeoutSeconds ?? 900,
        );
      }
    }
    verdicts.push(verdict);
  }
  for (const p of req.published ?? []) {
    if (!verdicts.some((v) => v.published && (v.name === p.name || basename(v.name) === basename(p.name)))) {
      verdicts.push({ name: p.name, digests: records.map(() => ''), reproducible: false, published: { sha256: p.sha256, matches: false } });
    }
  }
  return verdicts;
}
