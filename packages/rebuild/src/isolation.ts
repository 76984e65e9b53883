import type { Exec } from '@slipway/core';
import type { RunPlan } from './vary.js';

/** The user the builds run as (process.getuid/getgid of the caller). */
export interface BuildIdentity {
  uid: number;
  gid: number;
}

/** What this machine lets a rebuild do, found by trying it. */
export interface Capabilities {
  /** How namespaces are entered: directly as root, through passwordless sudo, or not at all. */
  namespaces: 'root' | 'sudo' | 'none';
  /** Why namespaces are not available, when they are not. */
  namespaceProblem: string | undefined;
  faketime: boolean;
  disorderfs: boolean;
  diffoscope: boolean;
  locales: string[];
}

async function works(exec: Exec, command: string, args: string[]): Promise<{ ok: boolean; detail: string }> {
  try {
    const r = await exec.run(command, args, { silent: true });
    return { ok: r.exitCode === 0, detail: (r.stderr || r.stdout).trim().split('\n').pop() ?? '' };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

const onPath = async (exec: Exec, program: string): Promise<boolean> => (await works(exec, 'sh', ['-c', `command -v ${program}`])).ok;

/**
 * Tries what isolation and variation tools work here: `unshare --net --uts` as root or under
 * `sudo -n`, faketime, disorderfs (root only: its FUSE mount is the root user's), diffoscope and the installed locales.
 */
export async function probeCapabilities(exec: Exec, identity: BuildIdentity): Promise<Capabilities> {
  let namespaces: Capabilities['namespaces'] = 'none';
  let namespaceProblem: string | undefined;
  if (identity.uid === 0) {
    const r = await works(exec, 'unshare', ['--net', '--uts', '--', 'true']);
    if (r.ok) namespaces = 'root';
    else namespaceProblem = `unshare --net --uts failed as root: ${r.detail}`;
  } else if ((await works(exec, 'sudo', ['-n', 'true'])).ok) {
    const r = await works(exec, 'sudo', ['-n', 'unshare', '--net', '--uts', '--', 'true']);
    if (r.ok && (await works(exec, 'sudo', ['-n', 'setpriv', '--version'])).ok) namespaces = 'sudo';
    else namespaceProblem = `sudo unshare --net --uts failed: ${r.detail || 'setpriv is missing'}`;
  } else {
    namespaceProblem =
      'network and UTS namespaces need root or passwordless sudo (unprivileged user namespaces are restricted on Ubuntu runners)';
  }
  const locales = await exec.run('locale', ['-a'], { silent: true }).then(
    (r) =>
      r.exitCode === 0
        ? r.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [],
    () => [],
  );
  return {
    namespaces,
    namespaceProblem,
    faketime: await onPath(exec, 'faketime'),
    disorderfs: identity.uid === 0 && (await onPath(exec, 'disorderfs')) && (await onPath(exec, 'fusermount')),
    diffoscope: await onPath(exec, 'diffoscope'),
    locales,
  };
}

/** How one build is isolated: without the network or not, in its own host name or not. */
export interface RunIsolation {
  denyNetwork: boolean;
  setHostname: boolean;
  useFaketime: boolean;
}

const SET_HOSTNAME = 'if [ -n "$1" ]; then hostname "$1" || exit 125; fi; shift; exec "$@"';
const SET_UMASK = 'umask "$1" || exit 125; shift; exec "$@"';

/**
 * The program and arguments that run `command` (a shell command line) as `plan` says:
 * `unshare --net --uts` (via sudo, dropping back to the caller with setpriv), the host name, the
 * umask, then faketime with the run's clock shift.
 */
export function wrapCommand(
  command: string,
  plan: RunPlan,
  isolation: RunIsolation,
  caps: Capabilities,
  identity: BuildIdentity,
  path: string,
): { program: string; args: string[] } {
  const argv: string[] = [];
  const namespaces = [...(isolation.denyNetwork ? ['--net'] : []), ...(isolation.setHostname ? ['--uts'] : [])];
  if (namespaces.length > 0) {
    if (caps.namespaces === 'sudo') argv.push('sudo', '-n', '-E', '--');
    argv.push('unshare', ...namespaces, '--');
  }
  argv.push('/bin/sh', '-c', SET_HOSTNAME, 'slipway-rebuild', isolation.setHostname ? (plan.hostname ?? '') : '');
  if (namespaces.length > 0 && caps.namespaces === 'sudo') {
    // sudo resets PATH (secure_path) and runs as root: back to the caller, with the caller's PATH.
    argv.push('setpriv', `--reuid=${identity.uid}`, `--regid=${identity.gid}`, '--init-groups', '--', 'env', `PATH=${path}`);
  }
  argv.push('/bin/sh', '-c', SET_UMASK, 'slipway-rebuild', plan.umask);
  if (isolation.useFaketime && plan.clockShiftSeconds !== 0) argv.push('faketime', '-f', `+${plan.clockShiftSeconds}s`);
  argv.push('/bin/sh', '-c', command);
  const [program, ...args] = argv;
  return { program: program ?? '/bin/sh', args };
}
