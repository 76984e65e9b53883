import type { Capabilities } from './isolation.js';
import type { RebuildRequest } from './rebuild.js';
import type { Hermetic, OutputVerdict, RebuildResult, Verdict } from './result.js';
import type { SourceCommit } from './source-tree.js';

interface Findings {
  req: RebuildRequest;
  source: SourceCommit;
  caps: Capabilities;
  wantIsolation: boolean;
  needsNetwork: RebuildResult['needsNetwork'];
  buildFailure: RebuildResult['buildFailure'];
  runs: RebuildResult['runs'];
  outputs: OutputVerdict[];
  notVaried: RebuildResult['notVaried'];
}

function hermeticity(f: Findings): { hermetic: Hermetic; reason: string } {
  if (f.req.network === 'allow')
    return { hermetic: 'not-isolated', reason: 'the builds ran with the network (--network allow): hermeticity was not checked' };
  if (!f.wantIsolation)
    return {
      hermetic: 'not-isolated',
      reason: `not isolated: ${f.caps.namespaceProblem ?? 'no network namespace'}; the builds ran with the network`,
    };
  if (f.needsNetwork)
    return {
      hermetic: 'no',
      reason: `needs the network: run ${f.needsNetwork.run} failed without it (exit ${f.needsNetwork.exitCode}) and passed with it`,
    };
  if (f.buildFailure) return { hermetic: 'not-isolated', reason: 'the build failed with the network too, so hermeticity is unknown' };
  if (f.runs.some((r) => r.network !== 'denied')) return { hermetic: 'not-isolated', reason: 'a build ran with the network' };
  return {
    hermetic: 'yes',
    reason: `every build ran in a network namespace with no interfaces (${f.caps.namespaces === 'sudo' ? 'sudo unshare --net' : 'unshare --net'})`,
  };
}

/** Turns what the runs found into the verdict, the exit code and the headline. */
export function summarise(f: Findings): RebuildResult {
  const { hermetic, reason } = hermeticity(f);
  const produced = f.outputs.filter((o) => o.digests.some((d) => d !== ''));
  const verdict: Verdict = f.buildFailure
    ? 'build-failed'
    : produced.length === 0
      ? 'no-outputs'
      : f.outputs.every((o) => o.reproducible)
        ? 'reproducible'
        : 'not-reproducible';
  const reproducible = verdict === 'reproducible';
  const hermeticOk = f.req.network === 'allow' || hermetic === 'yes';
  const exitCode = reproducible && hermeticOk ? 0 : 1;
  const differing = f.outputs.filter((o) => !o.reproducible);
  const causes = [...new Set(differing.flatMap((o) => o.difference?.causes.map((c) => c.title) ?? []))];
  const headline =
    verdict === 'build-failed'
      ? `the build failed in run ${f.buildFailure?.run ?? '?'} (exit ${f.buildFailure?.exitCode ?? '?'}), with the network too`
      : verdict === 'no-outputs'
        ? `no file matched --outputs ${f.req.outputs.join(' ')}: nothing to compare`
        : reproducible
          ? `reproducible: ${produced.length} output(s) identical in ${f.runs.length} builds${hermetic === 'yes' ? ', hermetic' : `; ${reason}`}`
          : `not reproducible: ${differing.map((o) => o.name).join(', ')} differ${causes.length ? ` (likely ${causes.join(', ')})` : ''}${f.needsNetwork ? `; ${reason}` : ''}`;
  return {
    verdict,
    reproducible,
    hermetic,
    hermeticReason: reason,
    needsNetwork: f.needsNetwork,
    buildFailure: f.buildFailure,
    source: {
      commit: f.source.commit,
      commitTime: new Date(f.source.commitTime * 1000).toISOString(),
      sourceDateEpoch: f.source.commitTime,
      subdir: f.source.subdir,
      dirty: f.source.dirty,
      remote: f.source.remote,
    },
    command: f.req.command,
    prepare: f.req.prepare,
    outputPatterns: f.req.outputs,
    network: f.req.network,
    varied: f.req.vary,
    notVaried: f.notVaried,
    runs: f.runs,
    outputs: f.outputs,
    exitCode,
    headline,
  };
}
