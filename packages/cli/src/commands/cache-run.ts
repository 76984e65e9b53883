import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { consolePorts, errorCodes, UserError } from '@slipway/core';
import {
  cacheRun,
  npmInstallOf,
  entryStore,
  InstallFailed,
  openBackend,
  parseStoreSpec,
  planCache,
  realTmpdir,
  runnerNames,
  type KeyedLayerPlan,
  type LayerOutcome,
  type Probe,
  runningNode,
} from '@slipway/cache';
import { EXIT, leaf, printJson, UsageError, type Command, type CliIO } from '../command.js';

const USAGE =
  'cache run --store DIR|s3://bucket/prefix|azblob://container/prefix [--working-directory DIR] [--json] -- <install command...>';

const sum = (outcomes: readonly LayerOutcome[], field: 'restoreSeconds' | 'saveSeconds'): number =>
  Math.round(outcomes.reduce((t, o) => t + o[field], 0) * 10) / 10;

function text(
  result: { installed: string; key: string; restoreSeconds: number; installSeconds: number; saveSeconds: number },
  outcomes: readonly LayerOutcome[],
): string {
  const lines = outcomes.map((o) => `  ${o.layer.padEnd(9)} ${o.hit.padEnd(7)} ${o.saved ? 'saved' : 'not saved'}  ${o.note}`);
  const install =
    result.installed === 'restored' ? 'skipped: the installed tree was restored exactly' : `ran in ${result.installSeconds.toFixed(1)} s`;
  return `${[`Key: ${result.key}`, ...lines, `Restore ${result.restoreSeconds.toFixed(1)} s; install ${install}; save ${result.saveSeconds.toFixed(1)} s`].join('\n')}\n`;
}

function definition(command: readonly string[]): Command {
  return leaf({
    name: 'run',
    summary: 'Restore from a store, run the install command unless the installed tree came back exactly, save to the store on a miss',
    usage: USAGE,
    options: {
      store: {
        type: 'string',
        value: 'STORE',
        description: 'a folder, s3://bucket/prefix (AWS environment) or azblob://container/prefix (AZURE_STORAGE_CONNECTION_STRING)',
      },
      'working-directory': {
        type: 'string',
        value: 'DIR',
        description: 'the project folder: detected in, and where the command runs (default: the current folder)',
      },
      json: { type: 'boolean', description: 'print {installed, key, restoreSeconds, installSeconds, saveSeconds, layers} as JSON' },
    },
    details: [
      'The same orchestration as the cache-setup action with install: the installed tree (node_modules, Yarn PnP',
      'files, a project virtualenv) comes back only from its exact key; the store (deps) also from its restore',
      'keys (build outputs are left to a build step: this command only wraps the install). Entries are immutable and content-addressed; a key\u2019s pointer is written last, so a killed save',
      'leaves nothing a restore would take and two runs saving one key keep one whole entry. An entry whose archive',
      'does not match its recorded digest is a miss with a warning. The command\u2019s output goes to stderr.',
      '',
      'Exit codes: 0 done; the install command\u2019s own code when it fails; 2 bad flags, a bad store or nothing to cache.',
    ].join('\n'),
    run: async ({ values }, io: CliIO) => {
      if (command.length === 0)
        throw new UsageError('give the install command after --, for example: slipway cache run --store DIR -- npm ci');
      const storeFlag = values.store;
      if (!storeFlag) throw new UsageError('--store is required');
      const root = resolve(io.cwd, values['working-directory'] ?? '.');
      const ports = consolePorts({ write: io.stderr });
      const { os, arch } = runnerNames(process.platform, process.arch);
      const home = io.env['HOME'] ?? homedir();
      const probe: Probe = async (cmd, args) => {
        try {
          const r = await ports.exec.run(cmd, args, { cwd: root, env: stringEnv(io.env), inheritEnv: false, silent: true });
          return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
        } catch {
          return undefined;
        }
      };
      const display = command.join(' ');
      const machine = { os, arch, env: io.env, home, tmpdir: realTmpdir(), uid: process.getuid?.(), node: runningNode() };
      const plan = await planCache({
        root,
        baseDir: root,
        machine,
        prefix: 'slipway',
        // Only what the install decides: build outputs come from a build this command does not run.
        layers: ['installed', 'deps'],
        installCommand: display,
        probe,
      });
      const layers = plan.layers.filter((l): l is KeyedLayerPlan => l.layer !== 'docker');
      const backend = await openBackend(parseStoreSpec(storeFlag, io.cwd), io.env);
      const where = { home, base: root };
      const store = entryStore({ backend, where, exec: { run: (c, a, o) => ports.exec.run(c, a, { ...o, silent: true }) } });
      let done;
      try {
        done = await cacheRun(
          layers,
          {
            command: display,
            words: command,
            npm: npmInstallOf(plan, machine, root, where),
            run: async (extra) => {
              const [program = '', ...args] = command;
              try {
                return (await ports.exec.run(program, args, { cwd: root, env: { ...stringEnv(io.env), ...extra }, inheritEnv: false }))
                  .exitCode;
              } catch (error) {
                throw new UserError(
                  `Cannot run the install command '${program}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
                  {
                    code: errorCodes.usage,
                    hint: 'check the command after -- is installed and on PATH',
                  },
                );
              }
            },
          },
          { name: 'slipway cache run', store, log: ports.log, clock: ports.clock, where },
          { write: { write: true, reason: 'slipway cache run saves on a miss' }, maxSize: 0 },
        );
      } catch (error) {
        if (error instanceof InstallFailed) {
          io.stderr(`error: ${error.message}\n`);
          return error.exitCode;
        }
        throw error;
      } finally {
        await backend.close();
      }
      const installed = layers.find((l) => l.layer === 'installed') ?? layers[0];
      const result = {
        installed: done.install.installed,
        key: installed?.key ?? '',
        restoreSeconds: sum(done.outcomes, 'restoreSeconds'),
        installSeconds: done.install.seconds,
        installNote: done.install.note,
        saveSeconds: sum(done.outcomes, 'saveSeconds'),
        store: backend.describe,
        layers: done.outcomes,
        notes: [...new Set(layers.flatMap((l) => l.notes))],
      };
      if (values.json) printJson(io, result);
      else io.stdout(text(result, done.outcomes));
      return EXIT.ok;
    },
  });
}

function stringEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** `slipway cache run ... -- <command>`: flags before `--`, the install command after it, never parsed as flags. */
export const cacheRunCommand: Command = {
  name: 'run',
  summary: definition([]).summary,
  help: () => definition([]).help(),
  run: (argv, io) => {
    const split = argv.indexOf('--');
    const flags = split < 0 ? argv : argv.slice(0, split);
    const command = split < 0 ? [] : argv.slice(split + 1);
    return definition(command).run?.(flags, io) ?? Promise.resolve(EXIT.usage);
  },
};
