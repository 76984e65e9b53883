import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { digestFile, expandGlobs, type Exec } from '@slipway/core';
import { wrapCommand, type BuildIdentity, type Capabilities, type RunIsolation } from './isolation.js';
import { exportCommit, type SourceCommit } from './source-tree.js';
import type { RunPlan } from './vary.js';

/** One declared output as a run produced it. */
export interface RunOutput {
  /** The path relative to the build's working folder. */
  name: string;
  sha256: string;
  size: number;
  /** The kept copy, for comparing and explaining. */
  copy: string;
}

/** What happened in one build. */
export interface RunRecord {
  run: number;
  /** The folder the build ran in (its path is one of the varied things). */
  buildPath: string;
  network: 'denied' | 'allowed';
  exitCode: number;
  seconds: number;
  /** The clock the build saw at its start (shifted when faketime shifted it), ISO 8601. */
  clockAtStart: string;
  /** The last lines the commands wrote (stdout then stderr). */
  lastLines: string[];
  /** Everything they wrote. */
  log: string;
  outputs: RunOutput[];
  /** How listings were reordered: disorderfs, creation order, or not at all. */
  orderMethod: 'disorderfs' | 'creation-order' | 'none';
}

/** Everything one build needs. */
export interface BuildRequest {
  source: SourceCommit;
  plan: RunPlan;
  command: string;
  prepare: string | undefined;
  outputs: readonly string[];
  isolation: RunIsolation;
  caps: Capabilities;
  identity: BuildIdentity;
  baseEnv: Readonly<Record<string, string | undefined>>;
  /** This run's own folder under the scratch folder (made and removed by the caller). */
  runDir: string;
  /** Where the outputs' copies go. */
  keepDir: string;
  checkoutTimes: boolean;
  now: () => Date;
}

const SECRET_VARIABLES = [
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'SIGSTORE_ID_TOKEN',
  'SLIPWAY_KEY_PASSPHRASE',
  'GITHUB_TOKEN',
];

const tail = (text: string, n: number): string[] => text.trimEnd().split('\n').slice(-n);

/** The build's environment: the caller's, with the run's zone, locale, user and SOURCE_DATE_EPOCH. */
function buildEnv(req: BuildRequest, cwd: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.baseEnv)) if (v !== undefined) env[k] = v;
  for (const k of ['PWD', 'OLDPWD', 'LANGUAGE']) delete env[k];
  // What the build must not see: the step's inputs (a signing key), and the tokens that mint
  // identities or reach the runner's services.
  for (const k of Object.keys(env)) if (k.startsWith('INPUT_') || SECRET_VARIABLES.includes(k)) delete env[k];
  for (const k of Object.keys(env)) if (k.startsWith('LC_')) delete env[k];
  Object.assign(env, {
    PWD: cwd,
    SOURCE_DATE_EPOCH: String(req.source.commitTime),
    TZ: req.plan.timeZone,
    LANG: req.plan.locale,
    LC_ALL: req.plan.locale,
  });
  if (req.plan.user) Object.assign(env, { USER: req.plan.user, LOGNAME: req.plan.user });
  if (req.plan.hostname && req.isolation.setHostname) env['HOSTNAME'] = req.plan.hostname;
  return env;
}

async function runShell(exec: Exec, req: BuildRequest, command: string, cwd: string, env: Record<string, string>, isolation: RunIsolation) {
  const { program, args } = wrapCommand(command, req.plan, isolation, req.caps, req.identity, env['PATH'] ?? '/usr/bin:/bin');
  return exec.run(program, args, { cwd, env, inheritEnv: false, silent: true });
}

/**
 * Runs one build: a fresh export of the commit at the run's path (behind disorderfs when listings
 * are reversed and it is available), the optional prepare step with the network, the command as
 * isolated as asked, then a digest and a kept copy of every declared output.
 */
export async function runBuild(exec: Exec, req: BuildRequest): Promise<RunRecord> {
  const treeDir = join(req.runDir, 'tree');
  const buildPath = join(req.runDir, ...req.plan.segments);
  const reversed = req.plan.order === 'reversed';
  const viaDisorderfs = reversed && req.caps.disorderfs;
  await mkdir(treeDir, { recursive: true });
  await mkdir(buildPath, { recursive: true });
  await exportCommit(exec, req.source, viaDisorderfs ? treeDir : buildPath, {
    reversed,
    checkoutTimes: req.checkoutTimes,
    scratchFile: join(req.runDir, 'source.tar'),
  });
  await rm(join(req.runDir, 'source.tar'), { force: true });
  let mounted = false;
  if (viaDisorderfs) {
    const m = await exec.run('disorderfs', ['--reverse-dirents=yes', '--shuffle-dirents=no', '--quiet', treeDir, buildPath], {
      silent: true,
    });
    mounted = m.exitCode === 0;
    // No FUSE after all (a container without /dev/fuse): fall back to creation order at the build path.
    if (!mounted)
      await exportCommit(exec, req.source, buildPath, {
        reversed,
        checkoutTimes: req.checkoutTimes,
        scratchFile: join(req.runDir, 'source.tar'),
      });
  }
  const cwd = req.source.subdir ? join(buildPath, req.source.subdir) : buildPath;
  const env = buildEnv(req, cwd);
  const started = performance.now();
  const clockAtStart = new Date(req.now().getTime() + (req.isolation.useFaketime ? req.plan.clockShiftSeconds * 1000 : 0)).toISOString();
  let output = '';
  let exitCode = 0;
  try {
    if (req.prepare) {
      const p = await runShell(exec, req, req.prepare, cwd, env, { ...req.isolation, denyNetwork: false });
      output += p.stdout + p.stderr;
      exitCode = p.exitCode;
    }
    if (exitCode === 0) {
      const r = await runShell(exec, req, req.command, cwd, env, req.isolation);
      output += r.stdout + r.stderr;
      exitCode = r.exitCode;
    }
    const outputs: RunOutput[] = [];
    if (exitCode === 0) {
      for (const name of await expandGlobs(req.outputs, cwd, { allowEmpty: true })) {
        const copy = join(req.keepDir, name);
        await mkdir(dirname(copy), { recursive: true });
        await copyFile(join(cwd, name), copy);
        outputs.push({ name, sha256: await digestFile(copy), size: (await stat(copy)).size, copy });
      }
    }
    return {
      run: req.plan.run,
      buildPath,
      network: req.isolation.denyNetwork ? 'denied' : 'allowed',
      exitCode,
      seconds: (performance.now() - started) / 1000,
      clockAtStart,
      lastLines: tail(output, 20),
      log: output,
      outputs,
      orderMethod: !reversed ? 'none' : mounted ? 'disorderfs' : 'creation-order',
    };
  } finally {
    if (mounted) await exec.run('fusermount', ['-u', buildPath], { silent: true });
  }
}
